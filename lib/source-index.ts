// A source's words as the matcher compares them, worked out once (when the build step or the
// reader's import prepares the source) and stored with it, so a waking worker loads a story
// without tokenising or stemming its text again. Stored as two strings, the cheapest thing for
// JSON and IndexedDB to hold and for a worker to parse: the source's distinct words and
// concepts, and a run of small numbers (per sentence, its tokens; per token, its offsets, word
// and concepts) in a printable variable-length code.
import { conceptOf } from './claims/figures';
import { isStopword, tokenize, type Token } from './text/tokens';

export interface SourceIndex {
  /** Distinct word forms and concepts, space-separated (neither ever holds a space). */
  terms: string;
  /** The numbers, encoded. */
  code: string;
}

/** Words as concepts for gist alignment: stemmed, synonyms folded, contractions expanded
 * ("I'm" -> i am), with each concept's token and weight (function words count less). */
export interface ConceptSequence {
  concepts: string[];
  weights: number[];
  tokenOf: number[];
}

export const STOP_WEIGHT = 0.3;

const CONTRACTIONS: [RegExp, string][] = [
  [/^(i|you|we|they|he|she|it|that|there|what|who)'(m|re|ve|ll|d|s)$/, '$1 $2'],
  [/^(\w+)n't$/, '$1 not'],
];
const EXPANDED: Record<string, string> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would', s: 'is', ca: 'can', wo: 'will' };

export function conceptSequence(tokens: Pick<Token, 'norm'>[]): ConceptSequence {
  const seq: ConceptSequence = { concepts: [], weights: [], tokenOf: [] };
  tokens.forEach((tok, i) => {
    let parts = [tok.norm];
    for (const [re, to] of CONTRACTIONS) {
      if (re.test(tok.norm)) {
        parts = tok.norm.replace(re, to).split(' ').map((w) => EXPANDED[w] ?? w);
        break;
      }
    }
    for (const w of parts) {
      seq.concepts.push(conceptOf(w));
      seq.weights.push(isStopword(w) ? STOP_WEIGHT : 1);
      seq.tokenOf.push(i);
    }
  });
  return seq;
}

// The code: each number in base 45, low digits first; a digit is one of 90 printable characters
// that JSON writes as themselves (from '#', backslash skipped), the first 45 ending a number.
const BASE = 45;
const charOf = (d: number) => String.fromCharCode(d + 0x23 >= 0x5c ? d + 0x24 : d + 0x23);
const digitOf = (c: number) => (c > 0x5c ? c - 0x24 : c - 0x23);

/** The stored index of a text's sentences ([start, end) offsets in it). */
export function buildSourceIndex(text: string, sentences: [number, number][]): SourceIndex {
  const ids = new Map<string, number>();
  const id = (term: string) => {
    let n = ids.get(term);
    if (n === undefined) ids.set(term, (n = ids.size));
    return n;
  };
  const out: string[] = [];
  const put = (n: number) => {
    while (n >= BASE) {
      out.push(charOf(BASE + (n % BASE)));
      n = Math.floor(n / BASE);
    }
    out.push(charOf(n));
  };
  const perSentence = sentences.map(([a, b]) => {
    const tokens = tokenize(text.slice(a, b));
    return { tokens, seq: conceptSequence(tokens) };
  });
  // Totals first, so a reader sizes its arrays once.
  put(perSentence.reduce((n, s) => n + s.tokens.length, 0));
  put(perSentence.reduce((n, s) => n + s.seq.concepts.length, 0));
  for (const { tokens, seq } of perSentence) {
    put(tokens.length);
    let at = 0;
    let k = 0;
    tokens.forEach((tok, i) => {
      put(tok.start - at);
      put(tok.end - tok.start);
      put(id(tok.norm));
      at = tok.end;
      // Each concept: its term, whether it is a function word, whether another follows.
      for (; k < seq.tokenOf.length && seq.tokenOf[k] === i; k++) {
        const more = seq.tokenOf[k + 1] === i ? 1 : 0;
        put(id(seq.concepts[k]) * 4 + (seq.weights[k] === 1 ? 0 : 2) + more);
      }
    });
  }
  const terms = [...ids.keys()];
  if (terms.some((t) => /\s/.test(t))) throw new Error('a term with a space cannot be stored');
  return { terms: terms.join(' '), code: out.join('') };
}

/** A stored index read back: per token its offsets, word and sentence; per concept its term,
 * weight and token; per sentence its tokens and concepts. Terms are given as the caller's ids. */
export interface LoadedIndex {
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** Each token's word form, as a term id. */
  norms: Int32Array;
  sentenceOf: Int32Array;
  /** Each concept's term id, weight and token. */
  concepts: Int32Array;
  weights: Float64Array;
  tokenOf: Int32Array;
  /** [first token, end token) of each sentence. */
  sentenceTokens: [number, number][];
  /** [first concept, end concept) of each sentence. */
  sentenceConcepts: [number, number][];
}

/** Reads a stored index; `termId` turns the source's terms into the caller's ids. */
export function loadSourceIndex(index: SourceIndex, sentences: [number, number][], termId: (term: string) => number): LoadedIndex {
  const local = index.terms ? index.terms.split(' ').map(termId) : [];
  const code = index.code;
  let p = 0;
  const next = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = digitOf(code.charCodeAt(p++));
      if (d < BASE) return n + d * scale;
      n += (d - BASE) * scale;
      scale *= BASE;
    }
  };
  const tokenCount = next();
  const conceptCount = next();
  const tokenStart = new Int32Array(tokenCount);
  const tokenEnd = new Int32Array(tokenCount);
  const norms = new Int32Array(tokenCount);
  const sentenceOf = new Int32Array(tokenCount);
  const concepts = new Int32Array(conceptCount);
  const weights = new Float64Array(conceptCount);
  const tokenOf = new Int32Array(conceptCount);
  const sentenceTokens: [number, number][] = new Array(sentences.length);
  const sentenceConcepts: [number, number][] = new Array(sentences.length);
  let t = 0;
  let k = 0;
  for (let sj = 0; sj < sentences.length; sj++) {
    const count = next();
    const [first, firstConcept] = [t, k];
    let at = sentences[sj][0];
    for (const end = t + count; t < end; t++) {
      tokenStart[t] = at += next();
      tokenEnd[t] = at += next();
      norms[t] = local[next()];
      sentenceOf[t] = sj;
      for (let more = 1; more; k++) {
        const v = next();
        concepts[k] = local[v >> 2];
        weights[k] = v & 2 ? STOP_WEIGHT : 1;
        tokenOf[k] = t;
        more = v & 1;
      }
    }
    sentenceTokens[sj] = [first, t];
    // A sentence without words has no concepts: [0, 0], as the matcher has always had it.
    sentenceConcepts[sj] = k > firstConcept ? [firstConcept, k] : [0, 0];
  }
  return { tokenStart, tokenEnd, norms, sentenceOf, concepts, weights, tokenOf, sentenceTokens, sentenceConcepts };
}
