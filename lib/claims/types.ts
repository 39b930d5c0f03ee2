import type { NumberUnit } from '../text/number-reading';

/** Where a claim stands in the article: block index and [start, end) offsets in that block.
 * An interrupted quote has more than one range. */
export interface ClaimPlace {
  block: number;
  ranges: [number, number][];
}

export interface QuoteClaim extends ClaimPlace {
  kind: 'quote';
  /** The sentence as it stands in the page, without quote marks or a trailing comma. */
  text: string;
  speaker: string | null;
  /** How the speaker is known: `named` in the quote's own attribution ("…," Rutte said), or
   * `inferred` from a pronoun, a role or the text around it. Another speaker in a source is a
   * conflict only against a named one (CLAIMS.md §5a). */
  attributed?: 'named' | 'inferred';
}

export interface FigureClaim extends ClaimPlace {
  kind: 'figure';
  /** The figure as it stands in the page: qualifier, number, unit, counted noun. */
  text: string;
  /** Normalised: "£65m" is 65000000, "half a million" 500000. */
  value: number;
  /** What the value measures; money carries its currency code ("GBP"), and "50 basis points" keeps
   * its own unit (matching converts it to percentage points, months to years). */
  unit: NumberUnit;
  qualifier: string | null;
  /** The counted noun ("member countries"), empty for dates and years. */
  noun: string[];
  /** Content words around the figure: what the number is about. */
  context: string[];
  /** For durations and years: what lasts or happened ("war", "tenure", "election"), when the clause says. */
  subject: string | null;
  /** The surname of the person nearest the figure in its sentence, if any. */
  person: string | null;
  /** For dates: the month, 1-12. */
  month?: number;
  /** A plural noun the figure counts one of for each thing it counts: "the flags of the 32
   * member countries" gives 32 flags too (the concept, "flag"). */
  per?: string;
  /** The number modifies its noun ("32-member alliance" counts members). */
  compound?: boolean;
  /** The named thing with a number the figure stands beside ("vela 2"), if any. */
  designator?: string;
  /** The designator is the text's main one, not one beside the figure. */
  inferredDesignator?: true;
  /** The part a moved subject is narrowed to ("sales of kitchens fell 4%": kitchen). */
  part?: string;
  /** The number is how much something moved ("lost seven seats"), not where it stands. */
  change?: true;
  /** The number is a level of an earlier period ("from $13.5 billion a year earlier"). */
  earlier?: true;
  /** True when the number stands inside a quote (only sources' quoted figures are used). */
  quoted: boolean;
}

export type Claim = QuoteClaim | FigureClaim;
