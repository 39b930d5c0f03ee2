// Where a figure holds: "the European phone market" and "the global smartphone market" are two
// markets, whatever the figure. A figure for the whole world and one whose clause names only a
// part of it (a nationality, "domestic", "regional") are about two things (CLAIMS.md §3: figures
// compare only when their subjects match). Two parts are not kept apart: a clause names the
// people of a figure as often as its scope ("European allies" in a figure for the alliance).
import { NATIONALITIES } from '../text/lexicon';
import { conceptOf } from './concepts';
import type { FigureClaim } from './types';

let scopes: { whole: Set<string>; part: Set<string> } | undefined;

/** True when one figure's clause names the whole world ("global") and the other's only a part of it. */
export function scopesDiffer(a: Pick<FigureClaim, 'context'>, b: Pick<FigureClaim, 'context'>): boolean {
  scopes ??= {
    whole: new Set(['global', 'world', 'worldwide'].map(conceptOf)),
    part: new Set(['domestic', 'national', 'regional', 'local', ...NATIONALITIES].map(conceptOf)),
  };
  const { whole, part } = scopes;
  const kind = (f: Pick<FigureClaim, 'context'>) => (f.context.some((c) => whole.has(c)) ? 'whole' : f.context.some((c) => part.has(c)) ? 'part' : null);
  const [ka, kb] = [kind(a), kind(b)];
  return !!ka && !!kb && ka !== kb;
}
