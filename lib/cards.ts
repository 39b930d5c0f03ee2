// What the sidebar shows for each claim, from the matcher's results: plain data for components.
import type { Claim } from './claims/types';
import type { DiffPart } from './diff';
import type { ClaimResult, MatchKind, Verdict } from './match';
import type { SourceSummary } from './messages';
import { plural } from './text/plural';
import { MONTHS } from './text/lexicon';

export interface EvidenceView {
  source: string;
  /** The source's title or opening words, and outlet when it names one. */
  label: string;
  outlet: string;
  match: MatchKind;
  passage: string;
  score: number;
  diff: DiffPart[];
  speaker: string | null;
  why: string | null;
}

export interface ClaimCardView {
  id: string;
  kind: Claim['kind'];
  verdict: Verdict;
  text: string;
  /** Speaker of a quote, value of a figure. */
  detail: string;
  evidence: EvidenceView[];
}

/** What a claim says in one line: its speaker or its value. */
// Dates are shown the way the article writes them, month name first.

/** What a claim says in one line: its speaker, or its value in words a reader expects. */
export function claimDetail(claim: Claim): string {
  if (claim.kind === 'quote') return claim.speaker ?? 'Unattributed';
  const q = claim.qualifier ? claim.qualifier + ' ' : '';
  const v = claim.value.toLocaleString('en');
  switch (claim.unit) {
    case 'date':
      return claim.month ? `${MONTHS[claim.month - 1]} ${claim.value}` : `day ${claim.value}`;
    case 'year':
      return `year ${claim.value}`;
    case 'age':
      return `age ${v}`;
    case 'ordinal':
      return `${q}${v}${ordinalSuffix(claim.value)} ${claim.noun.join(' ')}`.trim();
    case 'percent':
      return `${q}${v}%`;
    case 'count':
      return `${q}${v} ${claim.noun.join(' ')}`.trim();
    default:
      return `${q}${v} ${claim.unit}`;
  }
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export type VerdictCounts = Record<Verdict, number>;

export const VERDICTS: Verdict[] = ['corroborated', 'varying', 'unique'];

export function toCards(results: ClaimResult[], sources: SourceSummary[], idPrefix = 'claim'): ClaimCardView[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return results.map((r, i) => ({
    id: `${idPrefix}-${i}`,
    kind: r.claim.kind,
    verdict: r.verdict,
    text: r.claim.text,
    detail: claimDetail(r.claim),
    evidence: r.evidence.map((e) => ({
      source: e.source,
      label: byId.get(e.source)?.label ?? e.source,
      outlet: byId.get(e.source)?.outlet ?? '',
      match: e.match,
      passage: e.passage,
      score: e.score,
      diff: e.diff,
      speaker: e.speaker,
      why: e.why ?? null,
    })),
  }));
}

export function countVerdicts(cards: { verdict: Verdict }[]): VerdictCounts {
  const counts: VerdictCounts = { corroborated: 0, varying: 0, unique: 0 };
  for (const c of cards) counts[c.verdict]++;
  return counts;
}

/** The badge's tooltip: counts per verdict in words. */
export function countsTitle(counts: VerdictCounts): string {
  const total = counts.corroborated + counts.varying + counts.unique;
  return `Triangulate: ${plural(total, 'claim')} — ${counts.corroborated} corroborated, ${counts.varying} varying, ${counts.unique} unique`;
}
