// What matching says of a claim: its verdict, and the evidence from each source behind it.
import type { Claim } from '../claims/types';
import type { DiffPart } from '../diff';

export type Verdict = 'corroborated' | 'varying' | 'unique';
export type MatchKind = 'exact' | 'variant';

export interface Evidence {
  source: string;
  match: MatchKind;
  /** The source's sentence(s) that carry the match. */
  passage: string;
  /** [start, end) of the passage in the source's text. */
  start: number;
  end: number;
  /** How much of the claim the passage holds, in [0, 1]; 1 for exact. */
  score: number;
  diff: DiffPart[];
  /** Who the source says spoke the passage, when it is a quote. */
  speaker: string | null;
  /** Why a variant is a variant, in a few words. */
  why?: string;
  /** The source's own words that matched the claim (its figure as written, the quoted run),
   * for the sources page to mark. */
  matched?: string;
  /** Exact, with British and American spellings told apart only ("defence" / "defense"). */
  spelling?: true;
  /** The source says what the page's claim cannot also be (CLAIMS.md §5a): another value for the
   * same subject, or the same words from another named person than the page names. */
  differs?: 'value' | 'speaker';
  /** What the reader should know of the match, e.g. that the page does not make its speaker clear. */
  note?: string;
}

export interface ClaimResult<C extends Claim = Claim> {
  claim: C;
  verdict: Verdict;
  evidence: Evidence[];
}
