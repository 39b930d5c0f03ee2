// What moved, and by how much (CLAIMS.md §3, §5a). "lost seven seats", "fell 2.4%", "cut by 18
// months", "seven fewer than in 2022" tell how much something moved; "finished with 17", "fell to
// 17 seats" where it stands: two quantities of one subject, whose values never disagree. And
// "sales of kitchens fell 4%" is about a part of the sales: no disagreement with the sales of
// another part ("sales fell 9% in Europe").
import { conceptOf } from './concepts';
import { CHANGE_VERBS, LEVEL_VERBS, LOWERING_VERBS, RAISING_VERBS, REACHING_VERBS } from '../text/lexicon';
import { isStopword } from '../text/tokens';

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

// A figure told of an earlier period than the report's own: "from $13.5 billion a year earlier",
// "the $13.5 billion reported in the same quarter last year", "last year's 8,400 visitors".
// The period right after the figure, only words between (no other number, no clause of its own:
// "$18.6 billion, up 10% from the prior quarter" is this quarter's).
const EARLIER_AFTER = /^(?:\s+(?!(?:up|down|from|compared|versus|against)\b)[\p{L}'’-]+){0,5}?\s+(?:a (?:year|quarter) (?:earlier|ago|before)|last year|the (?:previous|prior) (?:year|quarter|period))\b/iu;
const EARLIER_BEFORE = /\b(?:year-(?:earlier|ago)|prior-year|last year['’]s|(?:previous|prior) (?:year|quarter)['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** True when the number at [start, end) of `sentence` is a level of an earlier period, the base a
 * report compares with: never the same quantity as the report's own figure of its period. */
export function isEarlierLevel(sentence: string, start: number, end: number): boolean {
  return EARLIER_AFTER.test(sentence.slice(end, end + 60)) || EARLIER_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

/** The clauses of the text before a figure, each as its lower-case words: read once for what
 * moved (figures.ts) and the part of it (subjectPart). */
export function wordsByClause(before: string): string[][] {
  return before.split(/[,;:(]|\b(?:and|but|while|whereas)\b/).map((c) => (c.match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
}

/** The part a moved subject is narrowed to: "sales of kitchens fell 4%" -> kitchen (as a concept),
 * from the words between "of" and the verb of the figure's clause (`ws`, the last of wordsByClause). */
export function subjectPart(ws: string[]): string | undefined {
  let verb = ws.length - 1;
  if (/^(?:to|by|from|at)$/.test(ws[verb] ?? '')) verb--;
  if (!moves(ws[verb] ?? '')) return undefined;
  const of = ws.indexOf('of');
  const part = of < 0 ? [] : ws.slice(of + 1, verb).filter((w) => !isStopword(w));
  return part.length ? conceptOf(part[part.length - 1]) : undefined;
}
