// Which values a figure allows, and whether two figures can both be true (CLAIMS.md §5a): a hedge
// or a bound holds the values on its side of its number ("nearly 5,000" holds 4,950, "more than
// 30" holds 32), and a number holds what rounds to it ("38%" holds 38.4%). Two figures of one
// subject that no value satisfies both of disagree; the others tell one value two ways.
import { measureOf } from './claims/figures';
import type { FigureClaim } from './claims/types';
import { QUALIFIER_RANGES } from './text/lexicon';

type Figure = Pick<FigureClaim, 'value' | 'unit' | 'qualifier'>;

const EPSILON = 1e-9;
/** Just under one: a plain number's range stops short of the halfway point. */
const SHORT_OF_HALF = 1 - 1e-6;

/** The place of a number's last written digit, in the unit it is written in: 0.1 for "9.1",
 * 1 for "46", 1,000 for a hedged "nearly 5,000" (a hedge says the trailing zeros are rounding). */
function writtenStep(value: number, hedged: boolean): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  if (decimals) return 10 ** -decimals;
  let step = 1;
  if (hedged) for (let x = value; x >= 10 && x % 10 === 0; x /= 10) step *= 10;
  return step;
}

/** [low, high] of the values a figure allows, in the unit figures compare in. */
export function valueRange(f: Figure): [number, number] {
  const { value } = measureOf(f);
  const side = f.qualifier === null ? undefined : QUALIFIER_RANGES[f.qualifier];
  // The written step, taken into the compared unit ("18 months" steps by a twelfth of a year).
  const scale = f.value ? value / f.value : 1;
  const step = writtenStep(f.value, side !== undefined) * scale;
  // A hedge reaches half its rounding step: "nearly 5,000" holds 4,950, "about 7" holds 7.2.
  const reach = step / 2;
  switch (side) {
    case 'under':
      return [value - reach, value];
    case 'over':
      return [value, value + reach];
    case 'near':
      return [value - reach, value + reach];
    case 'from':
      return [value, Infinity];
    case 'to':
      return [-Infinity, value];
    default:
      // A plain number holds what rounds to it, short of the halfway point ("4" is not "4.5").
      return [value - reach * SHORT_OF_HALF, value + reach * SHORT_OF_HALF];
  }
}

const holds = ([low, high]: [number, number], x: number) => x >= low - EPSILON && x <= high + EPSILON;

/** Whether some value satisfies both figures: one holds the other's number, or, both hedged or
 * bounded, their ranges meet ("at least 30" and "at least 41"). */
export function compatibleValues(a: Figure, b: Figure): boolean {
  const [ra, rb] = [valueRange(a), valueRange(b)];
  if (holds(ra, measureOf(b).value) || holds(rb, measureOf(a).value)) return true;
  const loose = (f: Figure) => f.qualifier !== null && QUALIFIER_RANGES[f.qualifier] !== undefined;
  return loose(a) && loose(b) && ra[0] <= rb[1] + EPSILON && rb[0] <= ra[1] + EPSILON;
}

/** Two qualifiers that say the same ("nearly" and "almost", "about" and "around"), or none. */
export function sameQualifier(a: Figure, b: Figure): boolean {
  if ((a.qualifier ?? '') === (b.qualifier ?? '')) return true;
  const [qa, qb] = [a.qualifier && QUALIFIER_RANGES[a.qualifier], b.qualifier && QUALIFIER_RANGES[b.qualifier]];
  return !!qa && qa === qb && qa !== 'from' && qa !== 'to';
}
