// Whether two figures are one: exact, a variant or nothing, from unit, counted thing, value,
// qualifier and context (CLAIMS.md §5).
import { headOf, measureOf } from '../claims/figures';
import { headsAgree } from '../claims/heads';
import { scopesDiffer } from '../claims/scope';
import type { FigureClaim } from '../claims/types';
import type { Thresholds } from './strictness';
import type { MatchKind } from './verdicts';
import { QUALIFIER_RANGES } from '../text/lexicon';
import { compatibleValues, sameQualifier } from '../value-ranges';

export interface FigureMatch {
  match: MatchKind;
  score: number;
  why?: string;
  /** The values cannot both be true: the source disagrees with the page (another value). */
  differs?: true;
}

/** How many times another value may be before it needs twice the shared context to disagree. */
const FAR_APART = 2;

/** A span since or before an event its clause names ("a year after the trial began": "after:…"). */
const sinceEvent = (f: FigureClaim) => f.subject?.includes(':') ?? false;

/** A figure of how long something lasts: years, months, "in its third year". */
const isDuration = (f: FigureClaim) => f.unit === 'years' || f.unit === 'months' || (f.unit === 'ordinal' && headOf(f) === 'year');

/** exact / variant / nothing for two figures, from unit, counted thing, value and context. */
export function compareFigures(
  a: FigureClaim,
  b: FigureClaim,
  contextSimilarity: () => number,
  t: Thresholds,
  corpus: { onlyCount?: boolean; countedPer?: (x: string, y: string) => boolean } = {},
): FigureMatch | null {
  const { onlyCount = false, countedPer } = corpus;
  const [ma, mb] = [measureOf(a), measureOf(b)];
  // Two currencies are two figures: "$3 billion" never matches "€3 billion".
  const sameKind = ma.unit === mb.unit || (isDuration(a) && isDuration(b));
  if (!sameKind) return null;
  // A specific counted thing (countries, troops, secretaries general) carries the subject itself;
  // durations, percentages and years need their clauses to agree.
  const yearsOrdinal = a.unit === 'ordinal' && isDuration(a);
  const specific = ((a.unit === 'count' || (a.unit === 'ordinal' && !yearsOrdinal)) && headOf(a) !== '') || a.unit === 'age';
  const heads = specific && a.unit !== 'age' ? headsAgree(a, b, countedPer) : 'same';
  if (!heads) return null;
  // Figures about two different people or numbered things ("Vela 2", "Vela 3"), or durations of two different things, never compare.
  if (a.person && b.person && a.person !== b.person) return null;
  if (a.designator && b.designator && a.designator !== b.designator && !a.inferredDesignator && !b.inferredDesignator) return null;
  if (scopesDiffer(a, b)) return null;
  // Two spans since an event the texts name in other words ("after the trial began", "after the
  // two sides faced off in court") may be one: with one value and clauses that agree, never another value.
  const otherAnchor = a.subject !== b.subject && sinceEvent(a) && sinceEvent(b) && a.subject!.split(':')[0] === b.subject!.split(':')[0];
  if (a.subject && b.subject && a.subject !== b.subject && !otherAnchor) return null;
  const sameSubject = a.subject !== null && a.subject === b.subject;
  let cached: number | undefined;
  const similarity = () => (cached ??= contextSimilarity());
  if (a.unit === 'score') return compareScores(a, b, similarity, t);
  if (a.unit === 'date') {
    if (a.value !== b.value || (a.month && b.month && a.month !== b.month)) return null;
    // The same day and month is the same date; a bare day needs its clause to agree.
    return (a.month && b.month) || similarity() >= t.figureSame ? { match: 'exact', score: 1 } : null;
  }
  const samePerson = a.person !== null && a.person === b.person;
  const sameValue = ma.unit === mb.unit && Math.abs(ma.value - mb.value) < 1e-9;
  if (otherAnchor && (!sameValue || similarity() < t.figureSame)) return null;
  // Counted things that only may be the same need the value and more to agree.
  if (heads !== 'same' && (!sameValue || (heads === 'holder' && !samePerson) || (heads === 'modifier' && !samePerson && similarity() < t.figureSame))) return null;
  const aboutIt = specific || sameSubject || samePerson || similarity() >= t.figureSame;
  if (sameValue) {
    if (!aboutIt) return null;
    if (!sameQualifier(a, b)) return { match: 'variant', score: 0.8, why: `${b.qualifier ?? 'no qualifier'} vs ${a.qualifier ?? 'no qualifier'}` };
    return { match: 'exact', score: 1 };
  }
  // "nearly 12%" and "11.8%", "more than 30" and "32": one value told two ways, never a conflict.
  if (compatibleValues(a, b)) {
    if (!aboutIt) return null;
    return { match: 'variant', score: 0.8, why: compatibleWhy(a, b) };
  }
  // The corpus's only count of a thing, a large one ("half a million troops": an estimate outlets
  // round their own ways), and the page's other count of it within a factor of two are one
  // subject; small counts ("two men", "three men") are of different things.
  const soleCount = onlyCount && specific && a.unit === 'count' && Math.min(a.value, b.value) >= 1000 && Math.min(a.value, b.value) * 2 >= Math.max(a.value, b.value);
  // How far something moved and where it stands are two quantities: "lost seven seats" never
  // disagrees with "17 seats".
  if (!a.change !== !b.change) return null;
  // Nor does the level of an earlier period with the report's own: "$13.5 billion a year earlier".
  if (!a.earlier !== !b.earlier) return null;
  // Nor does a part with a whole or another part: "sales of kitchens fell 4%", "sales fell 9%".
  if ((a.part && !b.context.includes(a.part)) || (b.part && !a.context.includes(b.part))) return null;
  // Nor do the figures of two numbered things, even when one is only what its text is about.
  if (a.designator && b.designator && a.designator !== b.designator) return null;
  return otherValue(a, b, similarity, t, soleCount);
}

/** Values that cannot both be true: a conflict, so it needs strong evidence that the figures are
 * about one thing (§5a): two durations of the same thing ("the war": "more than three and a half
 * years" against "its third year"), the story's only count of a thing, or clauses that share
 * enough rare words, whatever the counted noun. Who stands near the number is no such evidence
 * (the winner's and the loser's prize money in one sentence). Weaker evidence is no match, never
 * "another value". A number inside a source's quote is the speaker's, usually about something
 * else: only one with the same subject and nearly the same value is the same figure told
 * otherwise ("for 13 years" / "prime minister for 14 years"). */
function otherValue(a: FigureClaim, b: FigureClaim, similarity: () => number, t: Thresholds, soleCount: boolean): FigureMatch | null {
  const sameSubject = a.subject !== null && a.subject === b.subject;
  const near = Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
  if (b.quoted && !(sameSubject && near)) return null;
  const sameDuration = sameSubject && isDuration(a) && isDuration(b);
  // Values far apart are seldom one figure told wrong, more often another quantity of the same
  // kind (a per-share amount against a total, a town's population against a toll): the further
  // apart, the more the clauses must share.
  const [va, vb] = [Math.abs(measureOf(a).value), Math.abs(measureOf(b).value)];
  // Years are always near in ratio, and a text dates many events (the case filed, another case
  // decided): another year needs the clauses that far apart values need.
  const farApart = a.unit === 'year' || Math.max(va, vb) > FAR_APART * Math.min(va, vb);
  if (!sameDuration && !soleCount && similarity() < t.figureVariant * (farApart ? FAR_APART : 1)) return null;
  return { match: 'variant', score: Math.min(0.8, Math.max(similarity(), 0.3)), why: 'another value', differs: true };
}

/** Two results compare as wholes, never by their parts: the same games are the same result (a
 * tie-break's points aside); another result is a variant only for the same contest, told by
 * clauses that agree, with as many parts. A lone pair ("5-2") needs its clause to agree to match. */
function compareScores(a: FigureClaim, b: FigureClaim, similarity: () => number, t: Thresholds): FigureMatch | null {
  const games = (f: FigureClaim) => f.noun.map((p) => p.replace(/\(.*$/, ''));
  const [ga, gb] = [games(a), games(b)];
  if (ga.join(' ') === gb.join(' ')) return ga.length > 1 || similarity() >= t.figureSame ? { match: 'exact', score: 1 } : null;
  if (ga.length !== gb.length || b.quoted || similarity() < t.figureVariant) return null;
  return { match: 'variant', score: Math.min(0.8, Math.max(similarity(), 0.3)), why: 'another value', differs: true };
}

/** Why two compatible values differ, in a few words. */
function compatibleWhy(a: FigureClaim, b: FigureClaim): string {
  if (a.qualifier && b.qualifier) return `${b.qualifier} vs ${a.qualifier}`;
  const bound = [a, b].some((f) => f.qualifier && ['from', 'to'].includes(QUALIFIER_RANGES[f.qualifier]));
  return bound ? 'a bound that holds it' : 'one rounded, one exact';
}
