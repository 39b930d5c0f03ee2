// Whether two counted figures count the same thing, and how sure that is.
import { HOLDER_NOUNS, ROLE_WORDS } from '../text/lexicon';
import { conceptOf } from './concepts';
import { headOf } from './figures';
import type { FigureClaim } from './types';

/** How two figures' counted things agree:
 * - 'same': one head ("32 nations" / "32 member countries");
 * - 'per': one counts a thing per each of the other's ("32 flags" / "the flags of the 32 countries");
 * - 'modifier': one's head is a word of the other's longer noun ("four coalitions" / "four
 *   coalition governments"): the same thing only when more agrees (the same person or clause);
 *   The same for an ordinal of times and one of a thing ("the 15th time" / "a 15th title");
 * - 'holder': an ordinal of whoever holds a post and one of a role ("the 14th holder of the job" /
 *   "the 14th president"): the same line only for the same person;
 * - null: two different things. */
export type HeadAgreement = 'same' | 'per' | 'modifier' | 'holder' | null;

/** `countedPer(x, y)`: whether the corpus counts one x per y elsewhere ("the flags of the 32
 * countries" makes "32 flags" a count of countries anywhere in it). */
export function headsAgree(a: FigureClaim, b: FigureClaim, countedPer: (x: string, y: string) => boolean = () => false): HeadAgreement {
  const [ha, hb] = [headOf(a), headOf(b)];
  if (ha === hb) return 'same';
  if (!ha || !hb) return null;
  if ((a.per && a.per === hb) || (b.per && b.per === ha) || countedPer(ha, hb) || countedPer(hb, ha)) return 'per';
  const within = (x: FigureClaim, head: string) => x.noun.length >= 2 && x.noun.some((w) => conceptOf(w) === head);
  if (within(a, hb) || within(b, ha)) return 'modifier';
  const holder = (x: FigureClaim) => HOLDER_NOUNS.has(x.noun[0]);
  const role = (x: FigureClaim) => x.noun.some((w) => w.split('-').every((p) => ROLE_WORDS.has(p)));
  if (a.unit === 'ordinal' && ((holder(a) && role(b)) || (holder(b) && role(a)))) return 'holder';
  // "for the 15th time" counts what its clause tells ("a 15th title", "their 15th crown"): the
  // same count only when more agrees.
  const occurrences = (x: FigureClaim) => x.unit === 'ordinal' && /^times?$/.test(x.noun[0] ?? '');
  if (a.unit === 'ordinal' && b.unit === 'ordinal' && (occurrences(a) || occurrences(b))) return 'modifier';
  return null;
}
