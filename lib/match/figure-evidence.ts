// A page's figure against the story's: the best-matching figure of each candidate source, told
// apart by compareFigures with the context words they share, weighted by rarity.
import { headOf, measureOf } from '../claims/figures';
import { CURRENCY_CODES } from '../text/lexicon';
import type { FigureClaim } from '../claims/types';
import { wordDiff } from '../diff';
import { figureCandidates } from './candidates';
import { compareFigures, type FigureMatch } from './compare-figures';
import { MAX_EVIDENCE, round } from './evidence';
import type { Thresholds } from './strictness';
import type { StoryState } from './story-state';
import type { Evidence } from './verdicts';

/** The evidence of every candidate source for a figure, but the excluded one. Exact evidence
 * sorts first: once there is as much as is kept, only a source that disagrees is still kept
 * (§5), and sources with the same value cannot disagree. */
export function figureEvidence(story: StoryState, claim: FigureClaim, t: Thresholds, exclude: string | null | undefined): Evidence[] {
  const evidence: Evidence[] = [];
  let exact = 0;
  for (const [si, figures, sameValue] of figureCandidates(story, claim)) {
    if (story.sources[si].data.id === exclude || (exact >= MAX_EVIDENCE && sameValue)) continue;
    const e = matchFigure(story, claim, si, t, figures);
    if (e && (exact < MAX_EVIDENCE || e.differs)) evidence.push(e);
    if (e?.match === 'exact') exact++;
  }
  return evidence;
}

/** Exact first, then the same value told otherwise, then another value. */
const rank = (m: FigureMatch) => (m.match === 'exact' ? 2 : m.differs ? 0 : 1);

/** The source's figure (of `candidates`) that best matches the claim, exact before variant, and a
 * source's figure that agrees before one of its figures that differs: a source that gives the
 * value never disagrees with it. */
function matchFigure(story: StoryState, claim: FigureClaim, si: number, t: Thresholds, candidates: Set<number>): Evidence | null {
  const src = story.sources[si];
  let best: (FigureMatch & { f: FigureClaim }) | null = null;
  for (const fi of candidates) {
    const f = src.data.figures[fi];
    const kind = compareFigures(claim, f, () => contextSimilarity(story, claim, f), t, { onlyCount: story.onlyCount(headOf(f)), countedPer: story.countedPer });
    if (!kind) continue;
    if (!best || rank(kind) > rank(best) || (rank(kind) === rank(best) && kind.score > best.score)) best = { f, ...kind };
  }
  // A source that states the page's value itself, in clauses too unlike the page's to tell, does
  // not disagree with it through another of its figures (§5a: a conflict needs clear evidence).
  if (!best || (best.differs && statesValue(src.data.figures, claim))) return null;
  const [start, end] = best.f.ranges[0];
  const sentence = src.data.sentences.find(([a, b]) => start >= a && start < b) ?? [start, end];
  return {
    source: src.data.id, match: best.match, passage: src.data.text.slice(sentence[0], sentence[1]),
    start: sentence[0], end: sentence[1], score: round(best.score),
    diff: best.match === 'exact' ? [{ op: 'same', text: best.f.text }] : wordDiff(claim.text, best.f.text),
    speaker: null, ...(best.why ? { why: best.why } : {}), matched: best.f.text, ...(best.differs ? { differs: 'value' as const } : {}),
  };
}

/** Whether a source has a sum of money of the claim's currency and amount: sums are many in a
 * story (revenue, forecast, estimate) and rarely the same by chance. */
function statesValue(figures: FigureClaim[], claim: FigureClaim): boolean {
  if (!(CURRENCY_CODES as readonly string[]).includes(claim.unit)) return false;
  const m = measureOf(claim);
  return figures.some((f) => {
    const n = measureOf(f);
    return n.unit === m.unit && Math.abs(n.value - m.value) < 1e-9;
  });
}

/** Cosine of two figures' context words, weighted by how rare each word is in the corpus. */
function contextSimilarity(story: StoryState, a: FigureClaim, b: FigureClaim): number {
  const wa = weightsOf(story, a);
  const wb = weightsOf(story, b);
  if (!wa.total || !wb.total) return 0;
  let shared = 0;
  for (const [c, x] of wa.words) if (wb.words.has(c)) shared += x;
  return shared / Math.sqrt(wa.total * wb.total);
}

/** A figure's context as idf weights, worked out once per figure. */
function weightsOf(story: StoryState, f: FigureClaim) {
  let w = story.contextWeights.get(f);
  if (!w) {
    const words = new Map(f.context.map((c) => [c, story.idf(c)]));
    let total = 0;
    for (const x of words.values()) total += x;
    story.contextWeights.set(f, (w = { words, total }));
  }
  return w;
}
