// Whether two figures are one: exact, a variant or nothing, from unit, counted thing, value,
// qualifier and context (CLAIMS.md §5).
import { headOf, measureOf } from './claims/figures';
import { headsAgree } from './claims/heads';
import type { FigureClaim } from './claims/types';
import type { MatchKind, Thresholds } from './match';

/** exact / variant / nothing for two figures, from unit, counted thing, value and context. */
export function compareFigures(
  a: FigureClaim,
  b: FigureClaim,
  contextSimilarity: () => number,
  t: Thresholds,
  corpus: { onlyCount?: boolean; countedPer?: (x: string, y: string) => boolean } = {},
): { match: MatchKind; score: number; why?: string } | null {
  const { onlyCount = false, countedPer } = corpus;
  const yearsLike = (f: FigureClaim) => f.unit === 'years' || f.unit === 'months' || (f.unit === 'ordinal' && headOf(f) === 'year');
  const [ma, mb] = [measureOf(a), measureOf(b)];
  // Two currencies are two figures: "$3 billion" never matches "€3 billion".
  const sameKind = ma.unit === mb.unit || (yearsLike(a) && yearsLike(b));
  if (!sameKind) return null;
  // A specific counted thing (countries, troops, secretaries general) carries the subject itself;
  // durations, percentages and years need their clauses to agree.
  const yearsOrdinal = a.unit === 'ordinal' && yearsLike(a);
  const specific = ((a.unit === 'count' || (a.unit === 'ordinal' && !yearsOrdinal)) && headOf(a) !== '') || a.unit === 'age';
  const heads = specific && a.unit !== 'age' ? headsAgree(a, b, countedPer) : 'same';
  if (!heads) return null;
  // Figures about two different people, or durations of two different things, never compare.
  if (a.person && b.person && a.person !== b.person) return null;
  if (a.subject && b.subject && a.subject !== b.subject) return null;
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
  const sameQualifier = (a.qualifier ?? '') === (b.qualifier ?? '');
  // "nearly 12%" and "11.8%" are one figure told two ways: a variant, never exact.
  if (!sameValue && ma.unit === mb.unit && (roundsTo(a, b) || roundsTo(b, a))) {
    if (heads !== 'same' || (!specific && !sameSubject && !samePerson && similarity() < t.figureSame)) return null;
    return { match: 'variant', score: 0.8, why: 'one rounded, one exact' };
  }
  // Counted things that only may be the same need the value and more to agree.
  if (heads !== 'same' && (!sameValue || (heads === 'holder' && !samePerson) || (heads === 'modifier' && !samePerson && similarity() < t.figureSame))) return null;
  if (sameValue) {
    if (!specific && !sameSubject && !samePerson && similarity() < t.figureSame) return null;
    if (!sameQualifier) return { match: 'variant', score: 0.8, why: `${b.qualifier ?? 'no qualifier'} vs ${a.qualifier ?? 'no qualifier'}` };
    return { match: 'exact', score: 1 };
  }
  // Another value is a variant only against the source's own narrative: a number inside a
  // quote is the speaker's, usually about something else.
  // Two years are two events unless their clauses agree closely. A specific thing counted for
  // the same person ("Rutte, the 15th secretary general") needs no more; nor do two counts
  // within a tenth of each other whose clauses share something ("33 nations" / "32 nations").
  const close = specific && Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value) && similarity() >= t.figureVariant * 0.4;
  const subjectEnough = ((sameSubject || samePerson) && a.unit !== 'year') || (samePerson && specific) || close;
  // A speaker's own number with the same subject and nearly the same value is the same figure
  // told otherwise ("for 13 years" / "prime minister for 14 years").
  const near = Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
  if (b.quoted && !(sameSubject && near)) return null;
  // The corpus's only count of a thing, a large one ("half a million troops": an estimate outlets
  // round their own ways), and the page's other count of it within a factor of two tell one figure
  // two ways; small counts ("two men", "three men") are of different things.
  const sole = onlyCount && specific && a.unit === 'count' && Math.min(a.value, b.value) >= 1000 && Math.min(a.value, b.value) * 2 >= Math.max(a.value, b.value);
  if (!subjectEnough && !sole && similarity() < t.figureVariant) return null;
  return { match: 'variant', score: Math.min(0.8, Math.max(similarity(), 0.3)), why: 'another value' };
}

/** Two results compare as wholes, never by their parts: the same games are the same result (a
 * tie-break's points aside); another result is a variant only for the same contest, told by
 * clauses that agree, with as many parts. A lone pair ("5-2") needs its clause to agree to match. */
function compareScores(a: FigureClaim, b: FigureClaim, similarity: () => number, t: Thresholds): { match: MatchKind; score: number; why?: string } | null {
  const games = (f: FigureClaim) => f.noun.map((p) => p.replace(/\(.*$/, ''));
  const [ga, gb] = [games(a), games(b)];
  if (ga.join(' ') === gb.join(' ')) return ga.length > 1 || similarity() >= t.figureSame ? { match: 'exact', score: 1 } : null;
  if (ga.length !== gb.length || b.quoted || similarity() < t.figureVariant) return null;
  return { match: 'variant', score: Math.min(0.8, Math.max(similarity(), 0.3)), why: 'another value' };
}

// How a hedge leans: "nearly 12" is a little under 12, "more than 12" over it, "about 12" either.
const HEDGE_SIDE: Record<string, -1 | 0 | 1> = {
  nearly: -1, almost: -1, 'just under': -1, 'close to': 0, about: 0, around: 0, roughly: 0, approximately: 0, some: 0,
  'more than': 1, 'just over': 1, over: 1,
};

/** Whether `other`'s value is what `hedged`'s round number, with its hedge, stands for: within
 * half a unit of its last significant digit, on the side the hedge says ("nearly 85,000" for
 * 84,600). A single-digit hedged number stands for too little to tell. */
function roundsTo(hedged: FigureClaim, other: FigureClaim): boolean {
  const side = hedged.qualifier === null ? undefined : HEDGE_SIDE[hedged.qualifier];
  if (side === undefined) return false;
  // The last digit is read off the number as written ("30 months", "35 basis points"), then
  // taken into the unit the figures compare in.
  const written = hedged.value;
  const decimals = (String(written).split('.')[1] ?? '').length;
  let digit = 10 ** -decimals;
  if (!decimals) for (let x = written; x >= 10 && x % 10 === 0; x /= 10) digit *= 10;
  if (!decimals && written < 10) return false;
  const h = measureOf(hedged).value;
  const gap = measureOf(other).value - h;
  const unit = written ? digit * (h / written) : digit;
  return Math.abs(gap) <= unit / 2 + 1e-9 && gap * side >= 0;
}
