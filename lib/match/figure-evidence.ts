// A page's figure against the story's: the best-matching figure of each candidate source, told
// apart by compareFigures with the context words they share, weighted by rarity.
import { headOf } from '../claims/figures';
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

/** The source's figure (of `candidates`) that best matches the claim, exact before variant. */
function matchFigure(story: StoryState, claim: FigureClaim, si: number, t: Thresholds, candidates: Set<number>): Evidence | null {
  const src = story.sources[si];
  let best: (FigureMatch & { f: FigureClaim }) | null = null;
  for (const fi of candidates) {
    const f = src.data.figures[fi];
    const kind = compareFigures(claim, f, () => contextSimilarity(story, claim, f), t, { onlyCount: story.onlyCount(headOf(f)), countedPer: story.countedPer });
    if (!kind) continue;
    if (!best || (kind.match === 'exact' && best.match !== 'exact') || (kind.match === best.match && kind.score > best.score)) {
      best = { f, ...kind };
    }
  }
  if (!best) return null;
  const [start, end] = best.f.ranges[0];
  const sentence = src.data.sentences.find(([a, b]) => start >= a && start < b) ?? [start, end];
  return {
    source: src.data.id, match: best.match, passage: src.data.text.slice(sentence[0], sentence[1]),
    start: sentence[0], end: sentence[1], score: round(best.score),
    diff: best.match === 'exact' ? [{ op: 'same', text: best.f.text }] : wordDiff(claim.text, best.f.text),
    speaker: null, ...(best.why ? { why: best.why } : {}), matched: best.f.text, ...(best.differs ? { differs: 'value' as const } : {}),
  };
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
