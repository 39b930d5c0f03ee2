// Why a varying claim varies, in a word a reader can filter on, derived from the evidence the
// matcher returns. Conflicts (another speaker, another value) say something different from the
// page; rewordings and cuts say the same thing otherwise.
import type { Claim } from './claims/types';
import type { DiffPart } from './diff';
import type { ClaimResult, Evidence } from './match/verdicts';
import { HONORIFICS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './text/lexicon';
import { isStopword, spellingForm, words } from './text/tokens';

export type Reason = 'words' | 'cut' | 'speaker' | 'value';
export const REASONS: Reason[] = ['speaker', 'value', 'words', 'cut'];

/** Another speaker or another value: the source disagrees, not just words. */
export const isConflict = (reason: Reason | null) => reason === 'speaker' || reason === 'value';

export interface ReasonView {
  reason: Reason;
  /** The card head's words: "Other words", "Other speaker: Mark Rutte". */
  label: string;
}

/** The reason one variant evidence differs from the claim: a conflict only where the matcher
 * found the source disagreeing (CLAIMS.md §5a); a figure told another way (a hedge, a bound, a
 * rounding) is other words. */
export function evidenceReason(claim: Claim, e: Evidence): Reason {
  if (e.differs) return e.differs;
  if (claim.kind === 'figure') return 'words';
  if (e.why === 'holds part of it') return 'cut';
  return cutOnly(displayDiff(e.diff)) ? 'cut' : 'words';
}

/** A varying claim's reason: the strongest of its variants' (conflicts first); null otherwise. */
export function reasonOf(result: ClaimResult): Reason | null {
  return reasonView(result)?.reason ?? null;
}

/** The reason and the words for the card's head. */
export function reasonView(result: ClaimResult): ReasonView | null {
  if (result.verdict !== 'varying') return null;
  const variants = result.evidence.filter((e) => e.match === 'variant');
  if (!variants.length) return null;
  const ranked = variants
    .map((e) => ({ e, reason: evidenceReason(result.claim, e) }))
    .sort((a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason));
  const { e, reason } = ranked[0];
  return { reason, label: reasonLabel(reason, e) };
}

export function reasonLabel(reason: Reason, e: Evidence): string {
  switch (reason) {
    case 'speaker':
      return `Other speaker: ${e.speaker ?? speakerOfWhy(e.why) ?? 'someone else'}`;
    case 'value':
      return `Other value: ${sourceSide(e.diff) || e.passage}`;
    case 'cut':
      return 'Cut differently';
    default:
      return 'Other words';
  }
}

/** How one piece of evidence matches its claim, in words a reader knows. */
export type MatchWords =
  | 'same words'
  | 'same words, other spelling'
  | 'same words, other form'
  | 'same figure, other words'
  | 'close wording'
  | 'loosely related'
  | 'cut differently'
  | 'other speaker'
  | 'other value';

/** A reworded variant holding this much of the claim reads as close wording; less, loosely related. */
const CLOSE_WORDING = 0.75;

export function matchWords(claim: Claim, e: Evidence): MatchWords {
  if (e.match === 'exact') {
    if (claim.kind === 'figure') return sameWords(claim.text, e.matched ?? claim.text) ? 'same words' : 'same figure, other words';
    if (e.spelling) return 'same words, other spelling';
    return e.why === 'same words in another form' ? 'same words, other form' : 'same words';
  }
  const reason = evidenceReason(claim, e);
  if (reason === 'speaker') return 'other speaker';
  if (reason === 'value') return 'other value';
  if (reason === 'cut') return 'cut differently';
  return e.score >= CLOSE_WORDING ? 'close wording' : 'loosely related';
}

/** Two figures in the same words: case, punctuation, spelling and function words ("a decade",
 * "decade") aside. */
const figureWords = (text: string) => words(text).filter((w) => !isStopword(w)).map(spellingForm).join(' ');
const sameWords = (a: string, b: string) => figureWords(a) === figureWords(b);

const speakerOfWhy = (why: string | undefined) => /^same words, said by (.+)$/.exec(why ?? '')?.[1] ?? null;

/** The source's side of a diff: what the source says in place of the claim. */
export const sourceSide = (diff: DiffPart[]) =>
  diff
    .filter((p) => p.op !== 'page')
    .map((p) => p.text)
    .join(' ');

/** Differences only at the ends, each end held by one side only: the source starts or stops
 * the sentence elsewhere, without rewording what both have. */
function cutOnly(diff: DiffPart[]): boolean {
  const first = firstSame(diff);
  const last = lastSame(diff);
  if (first < 0 || !diff.some((p) => p.op !== 'same')) return false;
  const oneSided = (parts: DiffPart[]) => new Set(parts.map((p) => p.op)).size <= 1;
  return diff.slice(first, last + 1).every((p) => p.op === 'same') && oneSided(diff.slice(0, first)) && oneSided(diff.slice(last + 1));
}
const firstSame = (diff: DiffPart[]) => diff.findIndex((p) => p.op === 'same');
const lastSame = (diff: DiffPart[]) => diff.map((p) => p.op).lastIndexOf('same');

/** A diff as shown to a reader: attribution ("he said", "Rutte said", "said Mr. Rutte") that
 * only one side has is no difference in what was said, so it is dropped. */
export function displayDiff(diff: DiffPart[]): DiffPart[] {
  const kept = diff.filter((p) => p.op === 'same' || !isAttribution(p.text));
  // Neighbouring "same" runs that the dropped part separated read as one.
  const out: DiffPart[] = [];
  for (const p of kept) {
    const last = out[out.length - 1];
    if (last && last.op === p.op) out[out.length - 1] = { op: p.op, text: `${last.text} ${p.text}` };
    else out.push(p);
  }
  return out;
}

const word = (w: string) => w.toLowerCase().replace(/[^\p{L}'.-]/gu, '').replace(/\.$/, '');
const isName = (w: string) => /^\p{Lu}[\p{L}'.-]*[,.]?$/u.test(w) || HONORIFICS.has(word(w));

/** Words that only say who spoke: a speech verb with a pronoun or a name, in either order. */
export function isAttribution(text: string): boolean {
  const words = text.replace(/[,;:.!?"“”]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  const verbs = words.filter((w) => SPEECH_VERBS.has(word(w)));
  if (verbs.length !== 1 || words.length > 5) return false;
  return words.every((w) => SPEECH_VERBS.has(word(w)) || SPEAKER_PRONOUNS.has(word(w)) || isName(w));
}
