// Quote comparison: what a source holds of a page's quote. Exact when the claim's words are a
// contiguous run of the source's words (after normalising case, punctuation, quote marks and
// number words) and the source gives no other speaker; variant when a weighted longest common
// subsequence shows the same gist (most of the claim's words, in order) or the source passage
// is a part of the claim.
import type { QuoteClaim } from '../claims/types';
import { lcsPairs, wordDiff } from '../diff';
import { NEGATIONS } from '../text/lexicon';
import { spellingForm } from '../text/tokens';
import { ALIGNED_SOURCES, type QuoteCandidates } from './candidates';
import { MAX_EVIDENCE, otherSpeakerAt, passageOf, round, sameSpeaker, speakerAt, speakerDifference } from './evidence';
import type { Thresholds } from './strictness';
import type { IndexedSource, StoryState } from './story-state';
import type { Evidence } from './verdicts';

/** Words before a match a negation still bears on ("not really worried"). */
const NEGATION_REACH = 3;

/** A window of a source that passes for a variant: how well, how, and its tokens [from, to). */
interface Fit {
  score: number;
  asWhole: boolean;
  from: number;
  to: number;
}

/** The evidence of every candidate source for a quote, but the excluded one. Sources holding the
 * words as they stand come first, found until as many are exact as evidence keeps; alignment,
 * the costly part, is kept to the sources whose sentences share the most of the claim's rarer
 * words. Exact evidence always scores 1 and sorts first: once there is as much as is kept, only
 * a source that disagrees can still be kept (§5: disagreement is never dropped because others
 * agree), so only those are looked for. */
export function quoteEvidence(story: StoryState, claim: QuoteClaim, q: QuoteCandidates, t: Thresholds, exclude: string | null | undefined): Evidence[] {
  const evidence: Evidence[] = [];
  let exact = 0;
  const aligned = q.bestSources(ALIGNED_SOURCES);
  const visited = new Set<number>();
  const visit = (si: number) => {
    visited.add(si);
    if (story.sources[si].data.id === exclude) return false;
    const e = matchQuote(story, claim, si, t, q);
    if (e) evidence.push(e);
    return e?.match === 'exact' && ++exact >= MAX_EVIDENCE;
  };
  // Once full, only a source that gives the words to another person can add to the evidence:
  // none can when the page's speaker is not certain.
  const canDiffer = claim.speaker !== null && claim.attributed !== 'inferred';
  let full = false;
  for (const [si, runs] of q.runs.each()) {
    if (!full) full = visit(si);
    else if (!canDiffer) break;
    else if (runs.every((r) => otherSpeakerAt(story.sources[si], r, claim))) visit(si);
  }
  for (const si of aligned) if ((!full || canDiffer) && !visited.has(si)) full = visit(si) || full;
  return evidence;
}

/** What one source holds of the quote: its words as they stand, else the best aligned window. */
export function matchQuote(story: StoryState, claim: QuoteClaim, si: number, t: Thresholds, q: QuoteCandidates): Evidence | null {
  const src = story.sources[si];
  if (!q.keys.length) return null;
  const runs = q.runs.in(si);
  return runs.length ? runEvidence(story, claim, src, runs, q) : alignedEvidence(story, claim, src, q.candidatesIn(si), t, q);
}

/** Exact: a contiguous run; a different named speaker for it in the source makes it a variant. */
function runEvidence(story: StoryState, claim: QuoteClaim, src: IndexedSource, runs: number[], q: QuoteCandidates): Evidence {
  const { keys } = q;
  const withSpeaker = runs.map((r) => ({ r, speaker: speakerAt(src, r) }));
  // A run with no speaker (a headline repeating the words) agrees only if no run names another.
  const named = (x: { speaker: string | null }) => !!x.speaker && !sameSpeaker(claim.speaker, x.speaker);
  const agree = withSpeaker.find((x) => !claim.speaker || (x.speaker ? !named(x) : !withSpeaker.some(named)));
  const chosen = agree ?? withSpeaker.find(named) ?? withSpeaker[0];
  const p = passageOf(src, chosen.r, chosen.r + keys.length);
  const excerpt = src.data.text.slice(src.tokenStart[chosen.r], src.tokenEnd[chosen.r + keys.length - 1]);
  if (agree) {
    const spelling = q.tokens.some((tok, i) => {
      const word = story.term(src.norms[chosen.r + i]);
      return tok.norm !== word && spellingForm(tok.norm) === spellingForm(word);
    });
    return { source: src.data.id, match: 'exact', ...p, score: 1, diff: [{ op: 'same', text: excerpt }], speaker: chosen.speaker, matched: excerpt, ...(spelling ? { spelling } : {}) };
  }
  return {
    source: src.data.id, match: 'variant', ...p, score: 0.9, diff: wordDiff(claim.text, excerpt), speaker: chosen.speaker,
    why: `same words, said by ${chosen.speaker}`, matched: excerpt, ...speakerDifference(claim, chosen.speaker),
  };
}

/** Variant: align against the source sentences that share the claim's rarer words. */
function alignedEvidence(story: StoryState, claim: QuoteClaim, src: IndexedSource, candidates: number[], t: Thresholds, q: QuoteCandidates): Evidence | null {
  let best: Fit | null = null;
  for (const sj of candidates) {
    const [a, b0] = [src.conceptBreaks[sj], src.conceptBreaks[sj + 1]];
    // The next sentence too: a quote a source splits in two ("…both. Whatever…").
    const b = src.conceptBreaks[Math.min(sj + 2, src.tokenBreaks.length - 1)];
    const window = Array.from(src.concepts.subarray(a, b), story.term);
    if (t.exactForms) {
      const forms = formsEvidence(claim, src, window, a, q);
      if (forms) return forms;
    }
    const fit = windowFit(src, window, a, b0, t, q);
    // The best window that passes: a failing window with a higher raw share never hides it.
    if (fit && (!best || fit.score > best.score)) best = fit;
  }
  return best && variantEvidence(claim, src, best);
}

/** Exact at lenient strictness: the claim's concepts as a run of the window's, only word forms apart. */
function formsEvidence(claim: QuoteClaim, src: IndexedSource, window: string[], a: number, q: QuoteCandidates): Evidence | null {
  const { concepts } = q.seq;
  const at = contiguousAt(concepts, window);
  if (at < 0) return null;
  const from = src.tokenOf[a + at];
  const to = src.tokenOf[a + at + concepts.length - 1] + 1;
  const excerpt = src.data.text.slice(src.tokenStart[from], src.tokenEnd[to - 1]);
  const speaker = speakerAt(src, from);
  if (!sameSpeaker(claim.speaker, speaker)) return null;
  return { source: src.data.id, match: 'exact', ...passageOf(src, from, to), score: 1, diff: wordDiff(claim.text, excerpt), speaker, why: 'same words in another form', matched: excerpt };
}

/** How a window of a source's concepts (from concept `a`; its first sentence ends at `b0`) holds
 * the claim: as a whole (most of its words, in order or not) or as a part of it, or not at all. */
function windowFit(src: IndexedSource, window: string[], a: number, b0: number, t: Thresholds, q: QuoteCandidates): Fit | null {
  const { concepts, weights } = q.seq;
  const claimContent = q.content;
  const pairs = lcsPairs(concepts, window);
  if (!pairs.length) return null;
  // A negation on one side only turns the gist around: "I'm not worried" / "I'm worried".
  // One well before the source's first matched content word belongs to an earlier clause:
  // '…we will not give in," he said, vowing to step up support' does not negate "step up".
  const firstContent = pairs.find(([i]) => weights[i] === 1)?.[1] ?? pairs[0][1];
  if (negatedFrom(concepts, 0) !== negatedFrom(window, Math.max(0, firstContent - NEGATION_REACH))) return null;
  const total = sumOf(weights, 0, weights.length);
  let matched = 0;
  let content = 0;
  for (const [i] of pairs) {
    matched += weights[i];
    if (weights[i] === 1) content++;
  }
  // Reordered clauses keep their words but not their order: count the claim's content
  // words found anywhere in the window too.
  const bag = claimContent.size ? heldIn(claimContent, window) / claimContent.size : 0;
  const inFirst = pairs.filter(([, j]) => a + j < b0);
  // "Holds a part": measured against the quote the match sits in, else the sentence, so an
  // attribution ("…," Mr. Stoltenberg said) does not dilute it; only words inside it count.
  const [ua, ub] = inFirst.length ? quoteConcepts(src, a + inFirst[0][1], a, b0) : [a, b0];
  const inUnit = inFirst.filter(([, j]) => a + j >= ua && a + j < ub);
  const unitWeight = sumOf(src.weights, ua, ub);
  const part = unitWeight ? inUnit.reduce((sum, [i]) => sum + weights[i], 0) / unitWeight : 0;
  const cov = matched / total;
  const asWhole =
    content >= Math.min(2, claimContent.size) &&
    (cov >= t.variantCoverage || (bag >= t.variantBag && cov >= t.variantCoverage - 0.2 && content >= 3));
  // A short source quote inside a longer page quote ("I will be able to work with both"):
  // all of it, and at least six of its words or four content words. Or its core: most of its
  // content words, at least five, in its order, with other words around them ("…to step up
  // our support for Ukraine and bring it ever closer…" within "My second priority is to
  // strengthen our support for Ukraine and bring it even closer…"). Shared common words alone
  // never make a core: they are not content words.
  let unitContent = 0;
  for (let k = ua; k < ub; k++) if (src.weights[k] === 1) unitContent++;
  const coreHeld = inUnit.filter(([i]) => weights[i] === 1).length;
  const asCore = coreHeld >= 5 && unitContent > 0 && coreHeld / unitContent >= t.partCoverage - 0.1;
  const asPart = asCore || (part >= t.partCoverage && (coreHeld >= 4 || inUnit.length >= 6));
  if (!asWhole && !asPart) return null;
  const score = asWhole ? Math.max(cov, bag * 0.8) : part * 0.9;
  const from = src.tokenOf[a + pairs[0][1]];
  const to = src.tokenOf[a + pairs[pairs.length - 1][1]] + 1;
  return { score, asWhole, from, to };
}

// windowFit's sums and counts, in plain loops: it runs for every candidate window of every claim.

/** Whether words[from..] holds a negation. */
function negatedFrom(words: string[], from: number): boolean {
  for (let k = from; k < words.length; k++) if (NEGATIONS.has(words[k])) return true;
  return false;
}

/** The sum of xs[from, to), added left to right. */
function sumOf(xs: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += xs[k];
  return sum;
}

/** How many of `words` the window holds. */
function heldIn(words: Set<string>, window: string[]): number {
  const held = new Set<string>();
  for (const w of window) if (words.has(w)) held.add(w);
  return held.size;
}

/** The variant evidence of the best window: its passage, and the words around the match as a diff. */
function variantEvidence(claim: QuoteClaim, src: IndexedSource, best: Fit): Evidence {
  const p = passageOf(src, best.from, best.to);
  const speaker = speakerAt(src, best.from);
  const lo = Math.max(src.tokenBreaks[src.sentenceOf[best.from]], best.from - 2);
  const hi = Math.min(src.tokenBreaks[src.sentenceOf[best.to - 1] + 1], best.to + 2);
  const region = src.data.text.slice(src.tokenStart[lo], src.tokenEnd[hi - 1]);
  return {
    source: src.data.id, match: 'variant', ...p, score: round(best.score),
    diff: wordDiff(claim.text, region), speaker,
    why: best.asWhole ? 'other words' : 'holds part of it',
    matched: src.data.text.slice(src.tokenStart[best.from], src.tokenEnd[best.to - 1]),
    ...speakerDifference(claim, speaker),
  };
}

/** Concepts [from, to) of the source quote holding concept `at` within a sentence, else the sentence. */
function quoteConcepts(src: IndexedSource, at: number, a: number, b: number): [number, number] {
  const startOf = (k: number) => src.tokenStart[src.tokenOf[k]];
  const pos = startOf(at);
  const q = src.data.quotes.find((x) => pos >= x.start && pos < x.end);
  if (!q) return [a, b];
  let from = at;
  let to = at;
  while (from > a && startOf(from - 1) >= q.start) from--;
  while (to < b && src.tokenEnd[src.tokenOf[to]] <= q.end) to++;
  return [from, to];
}

/** Where `needle` stands as a contiguous run in `hay`, or -1. */
function contiguousAt(needle: string[], hay: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
