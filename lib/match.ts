// Matching claims against the corpus (CLAIMS.md §4–§6), in two steps.
// Candidates: an inverted index from word concepts to corpus sentences, so a claim is only
// aligned against the few sentences that share its rarer words, never every sentence.
// Decision: exact when the claim's words are a contiguous run of the source's words (after
// normalising case, punctuation, quote marks and number words) and the source gives no other
// speaker; variant when a weighted longest common subsequence shows the same gist (most of
// the claim's words, in order) or the source passage is a part of the claim.
import { extractFigures, FIGURE_KEY_KINDS, FigureKey, figureTerms, headOf } from './claims/figures';
import { compareFigures, type FigureMatch } from './compare-figures';
import type { Claim, FigureClaim, QuoteClaim } from './claims/types';
import type { CorpusSource, StoryCorpus } from './corpus';
import { lcsPairs, wordDiff, type DiffPart } from './diff';
import { samePerson } from './text/names';
import { splitSentences } from './text/sentences';
import { spellingForm, tokenize } from './text/tokens';
import { buildSourceIndex, conceptSequence, isCurrentIndex, loadSourceIndex, termConcepts, type ConceptSequence, type LoadedIndex } from './source-index';
import { collapseSpaces } from './text/normalize';
import { figureFacts, postContent, postFigures, scoreSentences, SENTENCE_SLOTS } from './story-index';
import { NUMBER_WORDS as UNIT_NUMBER_WORDS, TENS_WORDS } from './text/lexicon';
import { NEGATIONS } from './text/lexicon';

export type Verdict = 'corroborated' | 'varying' | 'unique';
export type MatchKind = 'exact' | 'variant';
export type Strictness = 'strict' | 'balanced' | 'lenient';

export interface Evidence {
  source: string;
  match: MatchKind;
  /** The source's sentence(s) that carry the match. */
  passage: string;
  /** [start, end) of the passage in the source's text. */
  start: number;
  end: number;
  /** How much of the claim the passage holds, in [0, 1]; 1 for exact. */
  score: number;
  diff: DiffPart[];
  /** Who the source says spoke the passage, when it is a quote. */
  speaker: string | null;
  /** Why a variant is a variant, in a few words. */
  why?: string;
  /** The source's own words that matched the claim (its figure as written, the quoted run),
   * for the sources page to mark. */
  matched?: string;
  /** Exact, with British and American spellings told apart only ("defence" / "defense"). */
  spelling?: true;
  /** The source says what the page's claim cannot also be (CLAIMS.md §5a): another value for the
   * same subject, or the same words from another named person than the page names. */
  differs?: 'value' | 'speaker';
  /** What the reader should know of the match, e.g. that the page does not make its speaker clear. */
  note?: string;
}

export interface ClaimResult<C extends Claim = Claim> {
  claim: C;
  verdict: Verdict;
  evidence: Evidence[];
}

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

const NUMBER_WORDS: Record<string, string> = {
  ...Object.fromEntries(Object.entries({ ...UNIT_NUMBER_WORDS, ...TENS_WORDS }).map(([w, n]) => [w, String(n)])),
  percent: '%', cent: '%',
};
/** The form words are compared in for exact matches: number words as digits, British and
 * American spellings as one. */
const keyOf = (norm: string) => NUMBER_WORDS[norm] ?? spellingForm(norm);
/** Keys that more than one word has ("10" for "ten" and "10"). */
const isSharedKey = (key: string) => /\d/.test(key) || key === '%';
/** Content words of a claim used to find candidate sentences: its rarest. */
const CANDIDATE_WORDS = 8;
/** The rarest words kept however common they are; beyond them, words in more sentences than
 * this (or a tenth of the story's) are left out of the candidate search. */
const MIN_CANDIDATE_WORDS = 3;
const COMMON_SENTENCES = 1000;
/** Candidate sentences aligned per source. */
const SENTENCES_PER_SOURCE = 3;
/** Sources aligned word by word for one quote: the best-sharing ones (the rest share less). */
const ALIGNED_SOURCES = 24;
/** Sentences of a page checked to tell whether it is one of the sources. */
const SELF_SAMPLE = 12;
/** Words before a match a negation still bears on ("not really worried"). */
const NEGATION_REACH = 3;
/** Evidence kept per claim, best first: enough to read, little to send. */
const MAX_EVIDENCE = 24;

interface IndexedSource extends LoadedIndex {
  data: CorpusSource;
}

/** Where a text stands word for word in the story's sources. */
interface Runs {
  /** Each source holding it, in story order, with the tokens where each run starts. */
  each(): Generator<[number, number[]]>;
  /** Where it starts in one source. */
  in(source: number): number[];
}

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
  // One id per term across the story: the sources' stored terms are looked up once each, and
  // tokens and concepts are then numbers (no string look-up per token).
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termId = (t: string) => {
    let n = termIds.get(t);
    if (n === undefined) {
      termIds.set(t, (n = terms.length));
      terms.push(t);
    }
    return n;
  };
  const term = (n: number) => terms[n];
  const shared = corpus.terms ? corpus.terms.split(' ').map(termId) : [];
  const conceptsOf = termConcepts(term, termId);
  // Sentences of the story numbered in a row (concept postings hold these numbers): a source's
  // sentence sj is number sentenceBase[si] + sj.
  let sentenceCount = 0;
  let tokenCount = 0;
  const sentenceBase: number[] = [];
  const loaded = corpus.sources.map((data) => {
    // A source stored without an index in this form (an older reader's), or numbered in a term
    // table not given, is indexed here.
    const usable = isCurrentIndex(data.index) && (data.index.terms !== undefined || Boolean(corpus.terms));
    const stored = usable ? data.index! : buildSourceIndex(data.text, data.sentences, data.figures);
    const index = loadSourceIndex(stored, termId, stored === data.index ? shared : [], conceptsOf);
    sentenceBase.push(sentenceCount);
    sentenceCount += index.tokenBreaks.length - 1;
    tokenCount += index.norms.length;
    return { index, data };
  });
  // Per term read so far (the sources' words, and the figure words stored beside them), its
  // comparison key and its content concepts (term n's are contentFlat[contentStart[n] ..
  // contentStart[n + 1])).
  const wordCount = terms.length;
  const keyIds = new Map<string, number>();
  const keyOfWord = new Int32Array(wordCount);
  const contentStart = new Int32Array(wordCount + 1);
  const contentList: number[] = [];
  for (let n = 0; n < wordCount; n++) {
    const key = keyOf(terms[n]);
    let k = keyIds.get(key);
    if (k === undefined) keyIds.set(key, (k = keyIds.size));
    keyOfWord[n] = k;
    const c = conceptsOf(n);
    c.concepts.forEach((concept, i) => c.weights[i] === 1 && contentList.push(concept));
    contentStart[n + 1] = contentList.length;
  }
  const contentFlat = Int32Array.from(contentList);
  const sources: IndexedSource[] = loaded.map(({ index, data }) => Object.assign(index, { data }));
  const sentenceSource = new Int32Array(sentenceCount);
  sources.forEach((src, si) => sentenceSource.fill(si, sentenceBase[si], sentenceBase[si] + src.tokenBreaks.length - 1));
  const conceptPostings = postContent(sources, sentenceBase, contentStart, contentFlat, terms.length);
  const conceptSize = (concept: string) => conceptPostings.size(termIds.get(concept) ?? -1);
  // Figure keys -> (source, figure): each figure's stored keys (see figureTerms).
  const figureIndex = postFigures(sources);
  const { countValues, perPairs, figures: figureCount } = figureFacts(sources);
  const onlyCount = (head: string) => countValues.get(termIds.get(head) ?? -1)?.size === 1;
  const countedPer = (x: string, y: string) => perPairs.has(`${termIds.get(x)}:${termIds.get(y)}`);
  const idf = (concept: string) => Math.log(1 + sentenceCount / (1 + conceptSize(concept)));

  /** Where a text's words (as keys, and as concepts) stand as a contiguous run: source by source
   * in story order, found as they are asked for (a claim stops asking once it has as much
   * evidence as it keeps), or in one source. Every run holds the text's rarest content word, so
   * only the sentences posted for it are looked at; that word is not a number word read as
   * digits, so a source word with its key is the same word, or its other spelling, with the same
   * concepts (conceptOf folds spelling as keyOf does). */
  function exactRuns(keys: string[], seq: ConceptSequence): Runs {
    const ids = keys.map((k) => keyIds.get(k) ?? -1);
    // A key the corpus never uses: no run anywhere.
    if (!ids.length || ids.includes(-1)) return { *each() {}, in: () => [] };
    let pivot = -1;
    let best = Infinity;
    seq.concepts.forEach((c, i) => {
      if (seq.weights[i] !== 1 || isSharedKey(keys[seq.tokenOf[i]]) || conceptSize(c) >= best) return;
      [pivot, best] = [i, conceptSize(c)];
    });
    const runAt = (norms: Int32Array, start: number) => {
      if (start < 0 || start + ids.length > norms.length) return false;
      for (let i = 0; i < ids.length; i++) if (keyOfWord[norms[start + i]] !== ids[i]) return false;
      return true;
    };
    const at = pivot < 0 ? 0 : seq.tokenOf[pivot];
    const postings = pivot < 0 ? null : conceptPostings.list(termIds.get(seq.concepts[pivot]) ?? -1);
    /** The runs in a source; with `from`, only in the sentences posted from there on (with a
     * pivot), returning where its postings end. */
    const runsIn = (si: number, from = firstPosting(si)): [number[], number] => {
      const { norms, tokenBreaks } = sources[si];
      const found: number[] = [];
      if (!postings) {
        // Only function words: every position.
        for (let start = 0; start + ids.length <= norms.length; start++) if (runAt(norms, start)) found.push(start);
        return [found, 0];
      }
      let p = from;
      for (; p < postings.length && sentenceSource[postings[p]] === si; p++) {
        const sj = postings[p] - sentenceBase[si];
        for (let ti = tokenBreaks[sj], end = tokenBreaks[sj + 1]; ti < end; ti++) {
          if (keyOfWord[norms[ti]] === ids[at] && runAt(norms, ti - at)) found.push(ti - at);
        }
      }
      return [found, p];
    };
    // The first of a source's postings (they are in story order): a binary search.
    function firstPosting(si: number): number {
      if (!postings) return 0;
      let [lo, hi] = [0, postings.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (postings[mid] < sentenceBase[si]) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    const known = new Map<number, number[]>();
    return {
      *each() {
        if (!postings) {
          for (let si = 0; si < sources.length; si++) {
            const [found] = runsIn(si);
            known.set(si, found);
            if (found.length) yield [si, found];
          }
          return;
        }
        for (let p = 0; p < postings.length; ) {
          const si = sentenceSource[postings[p]];
          const [found, next] = runsIn(si, p);
          known.set(si, found);
          p = next;
          if (found.length) yield [si, found];
        }
      },
      in(si) {
        let found = known.get(si);
        if (!found) known.set(si, (found = runsIn(si)[0]));
        return found;
      },
    };
  }

  function passageOf(src: IndexedSource, fromToken: number, toToken: number): { passage: string; start: number; end: number } {
    const [a] = src.data.sentences[src.sentenceOf[fromToken]];
    const [, b] = src.data.sentences[src.sentenceOf[Math.max(fromToken, toToken - 1)]];
    return { passage: src.data.text.slice(a, b), start: a, end: b };
  }

  function speakerAt(src: IndexedSource, tokenIndex: number): string | null {
    const at = src.tokenStart[tokenIndex];
    return src.data.quotes.find((q) => at >= q.start && at < q.end)?.speaker ?? null;
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

  let scoreOf: Float64Array | undefined;
  /** The claim's words as comparison keys and concepts, and its candidate sentences per source. */
  function quoteCandidates(claim: QuoteClaim) {
    const tokens = tokenize(claim.text);
    const keys = tokens.map((x) => keyOf(x.norm));
    const seq = conceptSequence(tokens);
    const content = new Set(seq.concepts.filter((_, i) => seq.weights[i] === 1));
    // Candidate sentences: those sharing the claim's rarer content words, scored by how rare the
    // words are. The commonest words ("NATO" in a NATO corpus) add work and no discrimination.
    // Scores sum in one array over the story's sentences (weights are positive: 0 is untouched),
    // in the order sentences are first met.
    scoreOf ??= new Float64Array(sentenceCount);
    // In a large story a word in a tenth of its sentences picks out nothing and costs the most.
    const common = Math.max(COMMON_SENTENCES, sentenceCount / 10);
    const rarest = [...content]
      .sort((a, b) => conceptSize(a) - conceptSize(b))
      .slice(0, CANDIDATE_WORDS)
      .filter((c, i) => i < MIN_CANDIDATE_WORDS || conceptSize(c) <= common);
    const { order, scores, ranges } = scoreSentences(
      rarest.map((c) => conceptPostings.list(termIds.get(c) ?? -1)),
      rarest.map(idf),
      scoreOf,
      sentenceSource,
    );
    const bySource = new Map(ranges.map((r) => [r.si, r]));
    /** A source's best few candidate sentences, best first. */
    const candidatesIn = (si: number): number[] => {
      const range = bySource.get(si);
      if (!range) return [];
      const picks: number[] = [];
      for (let i = range.from; i < range.to; i++) picks.push(i);
      return picks.sort((a, b) => scores[b] - scores[a]).slice(0, SENTENCES_PER_SOURCE).map((i) => order[i] - sentenceBase[si]);
    };
    /** The sources whose sentences share the most of the claim's rarer words. */
    const bestSources = (count: number) => [...ranges].sort((a, b) => b.best - a.best).slice(0, count).map((r) => r.si);
    return { tokens, keys, seq, content, runs: exactRuns(keys, seq), candidatesIn, bestSources };
  }

  function matchQuote(
    claim: QuoteClaim,
    si: number,
    t: Thresholds,
    q: ReturnType<typeof quoteCandidates>,
  ): Evidence | null {
    const src = sources[si];
    const { keys } = q;
    if (!keys.length) return null;
    // Exact: a contiguous run; a different named speaker for it in the source makes it a variant.
    const runs = q.runs.in(si);
    if (runs.length) {
      const withSpeaker = runs.map((r) => ({ r, speaker: speakerAt(src, r) }));
      // A run with no speaker (a headline repeating the words) agrees only if no run names another.
      const named = (x: { speaker: string | null }) => !!x.speaker && !samePerson(x.speaker, claim.speaker!);
      const agree = withSpeaker.find((x) => !claim.speaker || (x.speaker ? !named(x) : !withSpeaker.some(named)));
      const chosen = agree ?? withSpeaker.find(named) ?? withSpeaker[0];
      const p = passageOf(src, chosen.r, chosen.r + keys.length);
      const excerpt = src.data.text.slice(src.tokenStart[chosen.r], src.tokenEnd[chosen.r + keys.length - 1]);
      if (agree) {
        const spelling = q.tokens.some((tok, i) => {
          const word = term(src.norms[chosen.r + i]);
          return tok.norm !== word && spellingForm(tok.norm) === spellingForm(word);
        });
        return { source: src.data.id, match: 'exact', ...p, score: 1, diff: [{ op: 'same', text: excerpt }], speaker: chosen.speaker, matched: excerpt, ...(spelling ? { spelling } : {}) };
      }
      return {
        source: src.data.id, match: 'variant', ...p, score: 0.9, diff: wordDiff(claim.text, excerpt), speaker: chosen.speaker,
        why: `same words, said by ${chosen.speaker}`, matched: excerpt, ...speakerDifference(claim, chosen.speaker),
      };
    }
    // Variant: align against the source sentences that share the claim's rarer words.
    const { concepts, weights } = q.seq;
    const total = weights.reduce((a, b) => a + b, 0);
    const claimContent = q.content;
    const candidates = q.candidatesIn(si);
    let best: { score: number; asWhole: boolean; from: number; to: number } | null = null;
    for (const sj of candidates) {
      const [a, b0] = [src.conceptBreaks[sj], src.conceptBreaks[sj + 1]];
      // The next sentence too: a quote a source splits in two ("…both. Whatever…").
      const b = src.conceptBreaks[Math.min(sj + 2, src.tokenBreaks.length - 1)];
      const window = Array.from(src.concepts.subarray(a, b), term);
      if (t.exactForms) {
        const at = contiguousAt(concepts, window);
        if (at >= 0) {
          const from = src.tokenOf[a + at];
          const to = src.tokenOf[a + at + concepts.length - 1] + 1;
          const excerpt = src.data.text.slice(src.tokenStart[from], src.tokenEnd[to - 1]);
          const speaker = speakerAt(src, from);
          if (!claim.speaker || !speaker || samePerson(speaker, claim.speaker)) {
            return { source: src.data.id, match: 'exact', ...passageOf(src, from, to), score: 1, diff: wordDiff(claim.text, excerpt), speaker, why: 'same words in another form', matched: excerpt };
          }
        }
      }
      const pairs = lcsPairs(concepts, window);
      if (!pairs.length) continue;
      // A negation on one side only turns the gist around: "I'm not worried" / "I'm worried".
      // One well before the source's first matched content word belongs to an earlier clause:
      // '…we will not give in," he said, vowing to step up support' does not negate "step up".
      const negated = (words: string[]) => words.some((w) => NEGATIONS.has(w));
      const firstContent = pairs.find(([i]) => weights[i] === 1)?.[1] ?? pairs[0][1];
      if (negated(concepts) !== negated(window.slice(Math.max(0, firstContent - NEGATION_REACH)))) continue;
      const matched = pairs.reduce((sum, [i]) => sum + weights[i], 0);
      const content = pairs.filter(([i]) => weights[i] === 1).length;
      // Reordered clauses keep their words but not their order: count the claim's content
      // words found anywhere in the window too.
      const windowSet = new Set(window);
      const bag = claimContent.size ? [...claimContent].filter((c) => windowSet.has(c)).length / claimContent.size : 0;
      const inFirst = pairs.filter(([, j]) => a + j < b0);
      // "Holds a part": measured against the quote the match sits in, else the sentence, so an
      // attribution ("…," Mr. Stoltenberg said) does not dilute it; only words inside it count.
      const [ua, ub] = inFirst.length ? quoteConcepts(src, a + inFirst[0][1], a, b0) : [a, b0];
      const inUnit = inFirst.filter(([, j]) => a + j >= ua && a + j < ub);
      const unitWeight = src.weights.slice(ua, ub).reduce((x, y) => x + y, 0);
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
      const unitContent = src.weights.slice(ua, ub).filter((w) => w === 1).length;
      const coreHeld = inUnit.filter(([i]) => weights[i] === 1).length;
      const asCore = coreHeld >= 5 && unitContent > 0 && coreHeld / unitContent >= t.partCoverage - 0.1;
      const asPart = asCore || (part >= t.partCoverage && (coreHeld >= 4 || inUnit.length >= 6));
      if (!asWhole && !asPart) continue;
      const score = asWhole ? Math.max(cov, bag * 0.8) : part * 0.9;
      const from = src.tokenOf[a + pairs[0][1]];
      const to = src.tokenOf[a + pairs[pairs.length - 1][1]] + 1;
      // The best window that passes: a failing window with a higher raw share never hides it.
      if (!best || score > best.score) best = { score, asWhole, from, to };
    }
    if (!best) return null;
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

  // Each figure's context as idf weights, worked out once per figure.
  const contextWeights = new WeakMap<FigureClaim, { words: Map<string, number>; total: number }>();
  function weightsOf(f: FigureClaim) {
    let w = contextWeights.get(f);
    if (!w) {
      const words = new Map(f.context.map((c) => [c, idf(c)]));
      let total = 0;
      for (const x of words.values()) total += x;
      contextWeights.set(f, (w = { words, total }));
    }
    return w;
  }

  /** Cosine of two figures' context words, weighted by how rare each word is in the corpus. */
  function contextSimilarity(a: FigureClaim, b: FigureClaim): number {
    const wa = weightsOf(a);
    const wb = weightsOf(b);
    if (!wa.total || !wb.total) return 0;
    let shared = 0;
    for (const [c, x] of wa.words) if (wb.words.has(c)) shared += x;
    return shared / Math.sqrt(wa.total * wb.total);
  }

  let sourceHits: Int32Array | undefined;
  let sameValue: Uint8Array | undefined;
  /** Source figures that could compare with a claim: the same value, or a shared counted thing,
   * subject, person or context word (what compareFigures needs to say anything). Sources with
   * the same value come first, in story order (only they can hold it exactly); then the sources
   * sharing the most keys with it, as many as are aligned for a quote. Each says whether the
   * source has the same value. */
  function figureCandidates(claim: FigureClaim): [number, Set<number>, boolean][] {
    // All of the claim's strong keys (its value first), and only its rarest context words:
    // common words would bring in every figure of the corpus and decide nothing.
    const keys = figureTerms(claim)
      .map(([kind, term]) => (termIds.has(term) ? termIds.get(term)! * FIGURE_KEY_KINDS + kind : -1))
      .filter((k, i, all) => k >= 0 && all.indexOf(k) === i);
    const value = keys.find((k) => k % FIGURE_KEY_KINDS === FigureKey.Value);
    const isWord = (k: number) => k % FIGURE_KEY_KINDS === FigureKey.Word;
    const words = keys.filter(isWord).sort((a, b) => figureIndex.size(a) - figureIndex.size(b));
    // Counted in arrays over the sources (a story of thousands shares a few keys with every
    // figure); sets of figures are made only for the sources chosen.
    sourceHits ??= new Int32Array(sources.length);
    sameValue ??= new Uint8Array(sources.length);
    const [hits, same] = [sourceHits, sameValue];
    const touched: number[] = [];
    const postings: Float64Array[] = [];
    // Beyond its value, a key that a large story's figures share by the thousand ("percent")
    // picks out nothing.
    const rare = (k: number) => k === value || figureIndex.size(k) <= Math.max(COMMON_SENTENCES, figureCount / 10);
    for (const key of [...keys.filter((k) => !isWord(k)), ...words.slice(0, CANDIDATE_WORDS / 2)].filter(rare)) {
      const list = figureIndex.list(key);
      postings.push(list);
      for (let i = 0; i < list.length; i++) {
        const si = Math.floor(list[i] / SENTENCE_SLOTS);
        if (hits[si] === 0) touched.push(si);
        hits[si]++;
        if (key === value) same[si] = 1;
      }
    }
    const withValue = touched.filter((si) => same[si]);
    const others = touched.filter((si) => !same[si]).sort((a, b) => hits[b] - hits[a]).slice(0, ALIGNED_SOURCES);
    const chosen = new Map<number, Set<number>>([...withValue, ...others].map((si) => [si, new Set<number>()]));
    for (const si of touched) hits[si] = same[si] = 0;
    for (const si of chosen.keys()) hits[si] = 1;
    for (const list of postings) {
      for (let i = 0; i < list.length; i++) {
        const si = Math.floor(list[i] / SENTENCE_SLOTS);
        if (hits[si]) chosen.get(si)!.add(list[i] % SENTENCE_SLOTS);
      }
    }
    for (const si of chosen.keys()) hits[si] = 0;
    const valued = new Set(withValue);
    return [...chosen].map(([si, figures]) => [si, figures, valued.has(si)]);
  }

  function matchFigure(claim: FigureClaim, si: number, t: Thresholds, candidates: Set<number>): Evidence | null {
    const src = sources[si];
    let best: (FigureMatch & { f: FigureClaim }) | null = null;
    for (const fi of candidates) {
      const f = src.data.figures[fi];
      const kind = compareFigures(claim, f, () => contextSimilarity(claim, f), t, { onlyCount: onlyCount(headOf(f)), countedPer });
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

  function matchClaim<C extends Claim>(claim: C, options: MatchOptions = {}): ClaimResult<C> {
    const t = THRESHOLDS[options.strictness ?? 'balanced'];
    const evidence: Evidence[] = [];
    // Exact evidence always scores 1 and sorts first, in the order found (the sort is stable):
    // once there is as much as is kept, only a source that disagrees can still be kept (§5:
    // disagreement is never dropped because others agree), so only those are looked for.
    let exact = 0;
    // Only sources that share something with the claim are visited: with thousands of
    // articles, most share nothing.
    if (claim.kind === 'quote') {
      const q = quoteCandidates(claim);
      // Sources holding the words as they stand come first, found until as many are exact as
      // evidence keeps; alignment, the costly part, is kept to the sources whose sentences share
      // the most of the claim's rarer words.
      const aligned = q.bestSources(ALIGNED_SOURCES);
      const visited = new Set<number>();
      const visit = (si: number) => {
        visited.add(si);
        if (sources[si].data.id === options.exclude) return false;
        const e = matchQuote(claim, si, t, q);
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
        else if (runs.every((r) => otherSpeakerAt(sources[si], r, claim))) visit(si);
      }
      for (const si of aligned) if ((!full || canDiffer) && !visited.has(si)) full = visit(si) || full;
    } else {
      for (const [si, figures, sameValue] of figureCandidates(claim as FigureClaim)) {
        if (sources[si].data.id === options.exclude || (exact >= MAX_EVIDENCE && sameValue)) continue;
        const e = matchFigure(claim as FigureClaim, si, t, figures);
        if (e && (exact < MAX_EVIDENCE || e.differs)) evidence.push(e);
        if (e?.match === 'exact') exact++;
      }
    }
    const verdict: Verdict = evidence.some((e) => e.match === 'exact') ? 'corroborated' : evidence.length ? 'varying' : 'unique';
    return { claim, verdict, evidence: keptEvidence(evidence) };
  }

  /** Whether the source gives the words at token `at` to another person than the page names. */
  function otherSpeakerAt(src: IndexedSource, at: number, claim: QuoteClaim): boolean {
    const speaker = speakerAt(src, at);
    return !!speaker && !!claim.speaker && !samePerson(speaker, claim.speaker);
  }

  function findSelf(blocks: string[]): string | null {
    const all = blocks.flatMap((b) => splitSentences(b).map((s) => s.text)).filter((s) => s.split(/\s+/).length >= 6);
    if (all.length < 3) return null;
    // A dozen sentences spread over the page tell as well as all of them, at a fraction of the cost.
    const step = Math.max(1, all.length / SELF_SAMPLE);
    const sentences = Array.from({ length: Math.min(all.length, SELF_SAMPLE) }, (_, i) => all[Math.floor(i * step)]);
    const hits = new Map<number, number>();
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      for (const [si] of exactRuns(tokens.map((x) => keyOf(x.norm)), conceptSequence(tokens)).each()) hits.set(si, (hits.get(si) ?? 0) + 1);
    }
    let best: [number, number] | null = null;
    for (const [si, n] of hits) if (!best || n > best[1]) best = [si, n];
    return best && best[1] / sentences.length >= 0.6 ? sources[best[0]].data.id : null;
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

  return { sources: corpus.sources, names: corpus.names, matchClaim, findSelf, lookup };
}

/** The evidence a claim keeps, best first (exact, then variants by score): as much as is kept,
 * and every source that disagrees with the page however many agree (CLAIMS.md §5). */
export function keptEvidence(evidence: Evidence[], max = MAX_EVIDENCE): Evidence[] {
  const ranked = [...evidence].sort((a, b) => (a.match === b.match ? b.score - a.score : a.match === 'exact' ? -1 : 1));
  const differing = ranked.filter((e) => e.differs).length;
  let room = Math.max(0, max - differing);
  return ranked.filter((e) => e.differs || room-- > 0);
}

export const SPEAKER_NOT_CLEAR = 'Speaker not clear on this page';

/** A source's speaker for the claim's words against the page's (CLAIMS.md §5a): another person
 * is a disagreement only when the page names its speaker for certain; against a speaker the
 * page leaves to a pronoun, a role or the text around it, the words match and the speaker is not
 * clear. A claim that does not say how its speaker is known is taken as naming it. */
function speakerDifference(claim: QuoteClaim, speaker: string | null): Pick<Evidence, 'differs' | 'note'> {
  if (!claim.speaker || !speaker || samePerson(speaker, claim.speaker)) return {};
  return claim.attributed === 'inferred' ? { note: SPEAKER_NOT_CLEAR } : { differs: 'speaker' };
}

/** Where `needle` stands as a contiguous run in `hay`, or -1. */
function contiguousAt(needle: string[], hay: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}


const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
