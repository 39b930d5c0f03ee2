// How close a source must come to a claim for each verdict, at the reader's strictness.

export type Strictness = 'strict' | 'balanced' | 'lenient';

export interface Thresholds {
  /** Exact also when only word forms differ ("I am" / "I'm", "election" / "elections"). */
  exactForms: boolean;
  /** Share of the claim's weighted words a passage must hold, in order, for a variant. */
  variantCoverage: number;
  /** With clauses reordered: share of the claim's content words the passage holds in any order. */
  variantBag: number;
  /** Share of a source sentence found in the claim for "the source holds a part of it". */
  partCoverage: number;
  /** Context similarity for a figure with the same value (generic units) to be exact. */
  figureSame: number;
  /** Context similarity for a figure with another value to be a variant. */
  figureVariant: number;
}

export const THRESHOLDS: Record<Strictness, Thresholds> = {
  strict: { exactForms: false, variantCoverage: 0.75, variantBag: 0.9, partCoverage: 0.9, figureSame: 0.25, figureVariant: 0.4 },
  balanced: { exactForms: false, variantCoverage: 0.6, variantBag: 0.75, partCoverage: 0.8, figureSame: 0.15, figureVariant: 0.25 },
  lenient: { exactForms: true, variantCoverage: 0.5, variantBag: 0.6, partCoverage: 0.7, figureSame: 0.1, figureVariant: 0.18 },
};
