// Whether a figure is the size of a change rather than a level (CLAIMS.md §3, §5a): "lost seven
// seats", "fell 2.4%", "cut by 18 months", "seven fewer than in 2022" tell how much something
// moved; "finished with 17", "fell to 17 seats" where it stands. The two are different quantities
// of one subject, so their values never disagree.
import { CHANGE_VERBS, LEVEL_VERBS, LOWERING_VERBS, RAISING_VERBS, REACHING_VERBS } from '../text/lexicon';

const moves = (w: string) => (CHANGE_VERBS.has(w) || LOWERING_VERBS.has(w) || RAISING_VERBS.has(w)) && !LEVEL_VERBS.has(w) && !REACHING_VERBS.has(w);

const COMPARATIVE = /^(?:fewer|more|less|higher|lower)$/i;

/** True when the number at [start, end) of `sentence` (its qualifier and noun included) is how
 * much something moved: right after a verb of movement ("by" between them allowed), or with a
 * comparative for its noun or right after it ("seven fewer", "12 more jobs than"). */
export function isChangeSize(sentence: string, start: number, end: number, noun: string[]): boolean {
  const before = (sentence.slice(Math.max(0, start - 40), start).match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const verb = before[before.length - 1] === 'by' ? before[before.length - 2] : before[before.length - 1];
  if (verb && moves(verb)) return true;
  const next = /^\s*(\p{L}+)/u.exec(sentence.slice(end))?.[1] ?? '';
  return COMPARATIVE.test(noun[noun.length - 1] ?? '') || COMPARATIVE.test(next);
}
