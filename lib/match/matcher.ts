// Matching claims against a story's sources (CLAIMS.md §4–§6), in two steps. Candidates: an
// inverted index from word concepts to the story's sentences, so a claim is only compared with
// the few sentences and figures that share its rarer words (candidates.ts). Decision: quote
// comparison (compare-quotes.ts) and figure comparison (figure-evidence.ts), whose evidence
// gives the claim's verdict (evidence.ts). The story's state is built once, here.
import { extractFigures } from '../claims/figures';
import type { Claim, FigureClaim, QuoteClaim } from '../claims/types';
import type { CorpusSource, StoryCorpus } from '../corpus';
import { collapseSpaces } from '../text/normalize';
import { quoteCandidates } from './candidates';
import { quoteEvidence } from './compare-quotes';
import { claimResult } from './evidence';
import { figureEvidence } from './figure-evidence';
import { findSelf } from './self';
import { THRESHOLDS, type Strictness } from './strictness';
import { buildStoryState } from './story-state';
import type { ClaimResult } from './verdicts';

export interface MatchOptions {
  strictness?: Strictness;
  /** A source id never to use as evidence (the page itself). */
  exclude?: string | null;
}

export interface Matcher {
  readonly sources: CorpusSource[];
  /** The corpus's full names, for giving speakers theirs. */
  readonly names: string[];
  matchClaim<C extends Claim>(claim: C, options?: MatchOptions): ClaimResult<C>;
  /** The source whose text the page is, if any: most of its sentences stand word for word in it. */
  findSelf(blocks: string[]): string | null;
  /** Selection look-up (§6): quote-like text as a quote, a number as a figure, else a passage. */
  lookup(text: string, options?: MatchOptions): ClaimResult;
}

export function createMatcher(corpus: Pick<StoryCorpus, 'sources' | 'names' | 'terms'>): Matcher {
  const story = buildStoryState(corpus);

  // Only sources that share something with the claim are visited: with thousands of articles,
  // most share nothing.
  function matchClaim<C extends Claim>(claim: C, options: MatchOptions = {}): ClaimResult<C> {
    const t = THRESHOLDS[options.strictness ?? 'balanced'];
    const evidence =
      claim.kind === 'quote'
        ? quoteEvidence(story, claim, quoteCandidates(story, claim), t, options.exclude)
        : figureEvidence(story, claim as FigureClaim, t, options.exclude);
    return claimResult(claim, evidence);
  }

  function lookup(text: string, options: MatchOptions = {}): ClaimResult {
    const clean = collapseSpaces(text);
    const figures = extractFigures([clean]);
    const quoteLike = /["“”«»„]/.test(clean) || clean.split(' ').length > 6 || !figures.length;
    if (!quoteLike && figures.length) return matchClaim(figures[0], options);
    const inner = clean.replace(/^[\s"“”«»„‘’']+|[\s"“”«»„‘’',]+$/g, '');
    const claim: QuoteClaim = { kind: 'quote', text: inner, speaker: null, block: 0, ranges: [[0, inner.length]] };
    return matchClaim(claim, options);
  }

  return { sources: corpus.sources, names: corpus.names, matchClaim, findSelf: (blocks) => findSelf(story, blocks), lookup };
}
