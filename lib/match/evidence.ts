// Evidence assembly: a source's passage and speaker for a match, the disagreement a speaker
// makes, the evidence a claim keeps, and the verdict it gives.
import type { Claim, QuoteClaim } from '../claims/types';
import { samePerson } from '../text/names';
import type { IndexedSource } from './story-state';
import type { ClaimResult, Evidence, Verdict } from './verdicts';

/** Evidence kept per claim, best first: enough to read, little to send. */
export const MAX_EVIDENCE = 24;

export const SPEAKER_NOT_CLEAR = 'Speaker not clear on this page';

/** The evidence a claim keeps, best first (exact, then variants by score): as much as is kept,
 * and every source that disagrees with the page however many agree (CLAIMS.md §5). */
export function keptEvidence(evidence: Evidence[], max = MAX_EVIDENCE): Evidence[] {
  const ranked = [...evidence].sort((a, b) => (a.match === b.match ? b.score - a.score : a.match === 'exact' ? -1 : 1));
  const differing = ranked.filter((e) => e.differs).length;
  let room = Math.max(0, max - differing);
  return ranked.filter((e) => e.differs || room-- > 0);
}

/** A claim's verdict from all the evidence found, and the evidence it keeps. */
export function claimResult<C extends Claim>(claim: C, evidence: Evidence[]): ClaimResult<C> {
  const verdict: Verdict = evidence.some((e) => e.match === 'exact') ? 'corroborated' : evidence.length ? 'varying' : 'unique';
  return { claim, verdict, evidence: keptEvidence(evidence) };
}

/** The sentence(s) of a source holding tokens [fromToken, toToken). */
export function passageOf(src: IndexedSource, fromToken: number, toToken: number): { passage: string; start: number; end: number } {
  const [a] = src.data.sentences[src.sentenceOf[fromToken]];
  const [, b] = src.data.sentences[src.sentenceOf[Math.max(fromToken, toToken - 1)]];
  return { passage: src.data.text.slice(a, b), start: a, end: b };
}

/** Who the source says speaks the words at a token, if they are quoted. */
export function speakerAt(src: IndexedSource, tokenIndex: number): string | null {
  const at = src.tokenStart[tokenIndex];
  return src.data.quotes.find((q) => at >= q.start && at < q.end)?.speaker ?? null;
}

/** Whether two speakers are one person, or either is not known. */
export const sameSpeaker = (a: string | null, b: string | null) => !a || !b || samePerson(a, b);

/** Whether the source gives the words at token `at` to another person than the page names. */
export function otherSpeakerAt(src: IndexedSource, at: number, claim: QuoteClaim): boolean {
  return !sameSpeaker(speakerAt(src, at), claim.speaker);
}

/** A source's speaker for the claim's words against the page's (CLAIMS.md §5a): another person
 * is a disagreement only when the page names its speaker for certain; against a speaker the
 * page leaves to a pronoun, a role or the text around it, the words match and the speaker is not
 * clear. A claim that does not say how its speaker is known is taken as naming it. */
export function speakerDifference(claim: QuoteClaim, speaker: string | null): Pick<Evidence, 'differs' | 'note'> {
  if (sameSpeaker(claim.speaker, speaker)) return {};
  return claim.attributed === 'inferred' ? { note: SPEAKER_NOT_CLEAR } : { differs: 'speaker' };
}

/** A score in [0, 1], to two places. */
export const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
