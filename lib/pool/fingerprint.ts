// Near-duplicate text (wire copy republished by several sites): MinHash over word shingles. Two
// texts' signatures agree in about the share of positions that their shingle sets' Jaccard
// similarity is; locality-sensitive hashing (bands of rows) finds the few candidates to compare.
import { fnv1a } from '../text/hash';
import { plainWords } from '../text/tokens';

/** Words per shingle: five keep "said the company on" from matching everything. */
const SHINGLE = 5;
const HASHES = 64;
const ROWS = 4;
export const BANDS = HASHES / ROWS;
/** Signature agreement at or above this is the same text: wire copy with a changed word or an
 * added closing line stays well above it, two reports of one event stay far below. */
export const DUPLICATE_JACCARD = 0.6;
/** Texts shorter than this many words have too few shingles to call copies. */
const MIN_WORDS = 30;

// Fixed odd multipliers and offsets, one pair per hash function: the same text always gives the
// same signature, in every session and browser.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(fnv1a(`m${i}`) | 1) >>> 0, fnv1a(`a${i}`)]);

/** A text's MinHash signature, or null when it is too short to be a copy of anything. */
export function fingerprint(text: string): number[] | null {
  const words = plainWords(text);
  if (words.length < MIN_WORDS) return null;
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS[k][0]) + SEEDS[k][1]) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** The signature's band keys: texts that share one are candidates. */
export function bandKeys(sig: number[]): string[] {
  return Array.from({ length: BANDS }, (_, b) => `${b}:${sig.slice(b * ROWS, b * ROWS + ROWS).join('.')}`);
}
