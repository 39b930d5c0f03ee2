// What the sidebar shows for each claim, from the matcher's results: plain data for components.
import type { Claim } from './claims/types';
import type { DiffPart } from './diff';
import type { ClaimResult, MatchKind, Verdict } from './match/verdicts';
import type { SourceSummary } from './stories';
import { displayDiff, evidenceReason, matchWords, reasonView, type MatchWords, type Reason } from './reason';
import { sourceNames } from './source-names';
import { plural } from './text/plural';
import { MONTHS } from './text/lexicon';

export interface EvidenceView {
  source: string;
  /** The source's title or opening words, and outlet when it names one. */
  label: string;
  outlet: string;
  /** What a chip calls the source: a name no other source of the story has (lib/source-names). */
  chip?: string;
  match: MatchKind;
  /** How it matches, in words ("same words, other spelling", "close wording"). */
  how: MatchWords;
  passage: string;
  /** The source's own words that matched, to mark when the source is opened. */
  matched?: string;
  score: number;
  /** Page against source, attribution words left out (lib/reason displayDiff). */
  diff: DiffPart[];
  /** Why this variant differs; null when exact. */
  reason?: Reason | null;
  speaker: string | null;
  /** What the reader should know of this match ("Speaker not clear on this page"). */
  note?: string;
}

export interface ClaimCardView {
  id: string;
  kind: Claim['kind'];
  verdict: Verdict;
  text: string;
  /** Speaker of a quote, value of a figure. */
  detail: string;
  /** A quote's speaker as the page names it; null when it names none. */
  speaker?: string | null;
  /** Why a varying claim varies, and the words for its head ("Other value: 99 percent"). */
  reason?: Reason | null;
  reasonLabel?: string | null;
  /** Sources that agree (exact) and sources that give another value or speaker: a corroborated
   * claim still says when some sources disagree ("2 agree · 1 differs"). */
  agree?: number;
  disagree?: number;
  /** A note on the claim as a whole, from its evidence ("Speaker not clear on this page"). */
  note?: string | null;
  evidence: EvidenceView[];
}

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
  const names = sourceNames(sources);
  return results.map((r, i) => {
    const why = reasonView(r);
    return {
      id: `${idPrefix}-${i}`,
      kind: r.claim.kind,
      verdict: r.verdict,
      text: r.claim.text,
      detail: claimDetail(r.claim),
      speaker: r.claim.kind === 'quote' ? r.claim.speaker : null,
      reason: why?.reason ?? null,
      reasonLabel: why?.label ?? null,
      agree: r.evidence.filter((e) => e.match === 'exact').length,
      disagree: r.evidence.filter((e) => e.differs).length,
      note: r.evidence.find((e) => e.note)?.note ?? null,
      evidence: r.evidence.map((e) => {
        const source = byId.get(e.source);
        return {
          source: e.source,
          label: source?.label ?? e.source,
          outlet: source?.outlet ?? '',
          chip: names.get(e.source) ?? e.source,
          match: e.match,
          how: matchWords(r.claim, e),
          passage: e.passage,
          matched: e.matched,
          score: e.score,
          diff: displayDiff(e.diff),
          reason: e.match === 'variant' ? evidenceReason(r.claim, e) : null,
          speaker: e.speaker,
          ...(e.note ? { note: e.note } : {}),
        };
      }),
    };
  });
}

/** "2 agree · 1 differs" when some sources disagree with the page, else null. */
export function disagreementText(card: Pick<ClaimCardView, 'agree' | 'disagree'>): string | null {
  if (!card.disagree) return null;
  return `${card.agree ?? 0} agree · ${card.disagree} ${card.disagree === 1 ? 'differs' : 'differ'}`;
}

/** Needs attention first: conflicts, then other variants, then unique, then corroborated. */
export function attentionRank(card: Pick<ClaimCardView, 'verdict' | 'reason'>): number {
  if (card.verdict === 'varying') return card.reason === 'speaker' || card.reason === 'value' ? 0 : 1;
  return card.verdict === 'unique' ? 2 : 3;
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

const VERDICT_WORD: Record<Verdict, string> = { corroborated: '✓ Corroborated', varying: '≈ Varying', unique: '○ Unique' };

/** A marked passage's tooltip: its verdict and, when it varies, why. */
export function markTip(card: Pick<ClaimCardView, 'verdict' | 'reasonLabel'>): string {
  return card.reasonLabel ? `${VERDICT_WORD[card.verdict]} · ${card.reasonLabel}` : VERDICT_WORD[card.verdict];
}
