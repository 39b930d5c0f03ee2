// The whole analysis of one article: coverage, the page's own source if it is one, claims,
// and each claim's verdict with evidence.
import type { Article } from './article';
import { extractFigures } from './claims/figures';
import { extractQuotes } from './claims/quotes';
import type { Claim } from './claims/types';
import { COVERAGE_SHIFT, detectStory, storyScores, type DetectIndex, type PageSample } from './detect';
import type { ClaimResult } from './match/verdicts';
import type { Matcher } from './match/matcher';
import type { Strictness } from './match/strictness';
import { MAX_ARTICLE_CHARS, MAX_CLAIM_CHARS, MAX_CLAIMS } from './limits';
import { fullNames } from './text/names';
import { readBlocks } from './text/reading';


export interface Analysis {
  coverage: Coverage;
  self: string | null;
  results: ClaimResult[];
  /** True when the article or its claims were cut to the limits (lib/limits.ts). */
  truncated: boolean;
}

/** Whether the page covers a story, which one, and how strongly. */
export interface Coverage {
  detected: boolean;
  score: number;
  story: string | null;
}

/** The stories an article is analysed against: the detector's index and each story's matcher. */
export interface Stories {
  index: DetectIndex;
  matcher(story: string): Matcher;
}

export interface AnalyzeOptions {
  strictness?: Strictness;
  /** Extract and match even when the page is not coverage. */
  force?: boolean;
}

/** Cuts an article to the size limit, whole blocks first. */
export function capArticle(article: Article, max = MAX_ARTICLE_CHARS): { article: Article; truncated: boolean } {
  let total = 0;
  const blocks: string[] = [];
  for (const b of article.blocks) {
    if (total + b.length > max) {
      if (!blocks.length) blocks.push(b.slice(0, max));
      return { article: { ...article, blocks }, truncated: true };
    }
    blocks.push(b);
    total += b.length;
  }
  return { article, truncated: false };
}

/** The claims of an article in reading order, at most MAX_CLAIMS of them and none longer
 * than MAX_CLAIM_CHARS; `truncated` says whether any were left out. */
export function extractClaims(blocks: string[], knownNames: string[] = []): { claims: Claim[]; truncated: boolean } {
  // The text is read once (sentences, names, quotations) for both kinds of claim.
  const reading = readBlocks(blocks, knownNames);
  const all: Claim[] = [...extractQuotes(blocks, { knownNames, reading }), ...extractFigures(blocks, { reading })];
  const fit = all.filter((c) => c.text.length <= MAX_CLAIM_CHARS);
  const claims = fit.sort((a, b) => a.block - b.block || a.ranges[0][0] - b.ranges[0][0]).slice(0, MAX_CLAIMS);
  return { claims, truncated: claims.length < all.length };
}

/** An article as the detector samples a page: title, the first blocks as lead, the rest. */
export function articleSample(article: Article): PageSample {
  return { title: article.title, lead: article.blocks.slice(0, 3).join(' '), body: article.blocks.slice(3).join(' '), date: article.date ?? null };
}

/** Which story an article covers, if any. */
export function articleCoverage(article: Article, index: DetectIndex, strictness: Strictness = 'balanced'): Coverage {
  const { story, score } = detectStory(articleSample(article), index, COVERAGE_SHIFT[strictness]);
  return { detected: story !== null, score, story };
}

/** The story an article reads most like, covered or not (for a forced analysis). */
export function closestStory(article: Article, index: DetectIndex): string | null {
  const scores = storyScores(articleSample(article), index).map((s) => s.score);
  const best = scores.indexOf(Math.max(...scores));
  return best >= 0 ? index.stories[best].id : null;
}

/** Matches an article's claims: finds the source the page is (never its own evidence) and
 * gives speakers their full names from the corpus ("Rutte" -> "Mark Rutte"). */
export function matchArticleClaims(matcher: Matcher, blocks: string[], claims: Claim[], strictness?: Strictness): { self: string | null; results: ClaimResult[] } {
  const self = matcher.findSelf(blocks);
  const full = fullNames(matcher.names);
  const results = claims.map((claim) => {
    const named = claim.kind === 'quote' && claim.speaker ? { ...claim, speaker: full(claim.speaker) } : claim;
    return matcher.matchClaim(named, { strictness, exclude: self });
  });
  return { self, results };
}

export function analyzeArticle(input: Article, stories: Stories, options: AnalyzeOptions = {}): Analysis {
  const { article, truncated } = capArticle(input);
  const coverage = articleCoverage(article, stories.index, options.strictness);
  const story = coverage.story ?? (options.force ? closestStory(article, stories.index) : null);
  if (!story) return { coverage, self: null, results: [], truncated };
  const matcher = stories.matcher(story);
  const extracted = extractClaims(article.blocks, matcher.names);
  return { coverage, ...matchArticleClaims(matcher, article.blocks, extracted.claims, options.strictness), truncated: truncated || extracted.truncated };
}
