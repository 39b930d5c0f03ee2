// A source's words as the matcher compares them, worked out once (when the build step or the
// reader's import prepares the source) and stored with it, so a waking worker loads a story
// without tokenising or stemming its text again. Stored as strings, the cheapest thing for JSON
// and IndexedDB to hold and for a worker to parse: the distinct words (the source's own, or its
// story's shared table), and runs of small numbers in a printable variable-length code: per
// sentence its tokens, per token its word; and apart, per token its offsets. A word's concepts
// (stem, synonyms) are worked out once per distinct word when loaded.
import { conceptOf } from './claims/concepts';
import { FIGURE_KEY_KINDS, figureTerms } from './claims/figures';
import type { FigureClaim } from './claims/types';
import { wordTable } from './text/lexicon';
import { isStopword, tokenize, type Token } from './text/tokens';

export interface SourceIndex {
  /** Distinct words, space-separated (a word never holds a space); absent when
   * the index numbers its terms in its story's shared table (`StoryCorpus.terms`). */
  terms?: string;
  /** The numbers of tokens and sentences; per sentence its tokens; per token its word; the
   * number of figures; per figure whether it is a count and its words to be found by (see
   * figureTerms): numbers, encoded. */
  code: string;
  /** Per token, where it starts after the last one ended and its length: numbers, encoded. */
  offsets: string;
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
const EXPANDED = wordTable<string>({ m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would', s: 'is', ca: 'can', wo: 'will' });

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

function encoder() {
  const out: string[] = [];
  const put = (n: number) => {
    while (n >= BASE) {
      out.push(charOf(BASE + (n % BASE)));
      n = Math.floor(n / BASE);
    }
    out.push(charOf(n));
  };
  return { put, text: () => out.join('') };
}

/** Every number of a code, in `out` (grown as needed); returns how many there are. A plain loop
 * with no closure: a story's codes hold a million numbers. */
function readNumbers(code: string, out: { numbers: Int32Array }): number {
  if (out.numbers.length < code.length) out.numbers = new Int32Array(code.length);
  const numbers = out.numbers;
  let count = 0;
  let n = 0;
  let scale = 1;
  for (let p = 0; p < code.length; p++) {
    const d = digitOf(code.charCodeAt(p));
    if (d < BASE) {
      numbers[count++] = n + d * scale;
      n = 0;
      scale = 1;
    } else {
      n += (d - BASE) * scale;
      scale *= BASE;
    }
  }
  return count;
}
// One buffer for every read: a source's numbers are copied out of it before the next is read.
const scratch = { numbers: new Int32Array(1 << 16) };

/** The stored index of a text's sentences ([start, end) offsets in it) and its figures. With
 * `shared`, a story's term table, terms are numbered there (and added to it), and the index holds
 * no terms. */
export function buildSourceIndex(text: string, sentences: [number, number][], figures: FigureClaim[], shared?: Map<string, number>): SourceIndex {
  const ids = shared ?? new Map<string, number>();
  const id = (term: string) => {
    let n = ids.get(term);
    if (n === undefined) ids.set(term, (n = ids.size));
    return n;
  };
  const code = encoder();
  const offsets = encoder();
  const perSentence = sentences.map(([a, b]) => tokenize(text.slice(a, b)).map((t) => ({ ...t, start: t.start + a, end: t.end + a })));
  // Totals first, so a reader sizes its arrays once.
  code.put(perSentence.reduce((n, tokens) => n + tokens.length, 0));
  code.put(sentences.length);
  let at = 0;
  for (const tokens of perSentence) {
    code.put(tokens.length);
    for (const tok of tokens) {
      code.put(id(tok.norm));
      offsets.put(tok.start - at);
      offsets.put(tok.end - tok.start);
      at = tok.end;
    }
  }
  code.put(figures.length);
  for (const f of figures) {
    const keys = figureTerms(f);
    code.put(keys.length * 2 + (f.unit === 'count' ? 1 : 0));
    for (const [kind, term] of keys) code.put(id(term) * FIGURE_KEY_KINDS + kind);
  }
  const index = { code: code.text(), offsets: offsets.text() };
  return shared ? index : { terms: termTable(ids), ...index };
}

/** The same index numbered in a story's table: `local` is the table it numbers its terms in now
 * (its own terms, or another table); a term the table lacks is added to it (ids already there
 * never change). Cheaper than indexing the text again, and the same index. */
export function renumberIndex(index: SourceIndex, local: string[], table: Map<string, number>): SourceIndex {
  const id = (n: number) => {
    const term = local[n];
    let m = table.get(term);
    if (m === undefined) table.set(term, (m = table.size));
    return m;
  };
  const count = readNumbers(index.code, scratch);
  const numbers = scratch.numbers;
  const code = encoder();
  const [tokenCount, sentenceCount] = [numbers[0], numbers[1]];
  code.put(tokenCount);
  code.put(sentenceCount);
  let p = 2;
  for (let sj = 0; sj < sentenceCount; sj++) {
    const tokens = numbers[p++];
    code.put(tokens);
    for (let t = 0; t < tokens; t++) code.put(id(numbers[p++]));
  }
  const figureCount = numbers[p++];
  code.put(figureCount);
  for (let f = 0; f < figureCount; f++) {
    const head = numbers[p++];
    code.put(head);
    for (let k = 0; k < head >> 1; k++) {
      const v = numbers[p++];
      code.put(id((v / FIGURE_KEY_KINDS) | 0) * FIGURE_KEY_KINDS + (v % FIGURE_KEY_KINDS));
    }
  }
  if (p !== count) throw new Error('a stored index that does not read to its end');
  return { code: code.text(), offsets: index.offsets };
}

/** A term table as stored: its terms in id order, space-separated. */
export function termTable(ids: Map<string, number>): string {
  const terms = [...ids.keys()];
  if (terms.some((t) => /\s/.test(t))) throw new Error('a term with a space cannot be stored');
  return terms.join(' ');
}

/** A word's concepts and their weights, all as the caller's term ids. */
export type TermConcepts = (term: number) => { concepts: number[]; weights: number[] };

/** The concepts of each term of a table, worked out once per term (a story has a few thousand
 * distinct words, its sources a million tokens). */
export function termConcepts(termOf: (id: number) => string, termId: (term: string) => number): TermConcepts {
  const known = new Map<number, { concepts: number[]; weights: number[] }>();
  return (n) => {
    let entry = known.get(n);
    if (!entry) {
      const seq = conceptSequence([{ norm: termOf(n) }]);
      known.set(n, (entry = { concepts: seq.concepts.map(termId), weights: seq.weights }));
    }
    return entry;
  };
}

/** A stored index read back. Per token its word (a term id) and, per sentence, where its tokens
 * begin are read at once: they make the story's indexes. The rest (concepts, offsets) is worked
 * out the first time it is asked for: most sources of a large story are never aligned or
 * quoted from. A class, so that every source has one shape and the matcher's loops stay fast. */
export class LoadedIndex {
  private conceptArrays?: { concepts: Int32Array; weights: Float64Array; tokenOf: Int32Array; conceptBreaks: Int32Array };
  private offsetArrays?: { tokenStart: Int32Array; tokenEnd: Int32Array; sentenceOf: Int32Array };

  constructor(
    readonly norms: Int32Array,
    /** Sentence j's tokens are [tokenBreaks[j], tokenBreaks[j + 1]); its concepts likewise. */
    readonly tokenBreaks: Int32Array,
    /** Figure f's words to be found by, each the caller's term id × FIGURE_KEY_KINDS + its kind,
     * are figureKeys[figureBreaks[f] .. figureBreaks[f + 1]). */
    readonly figureKeys: Int32Array,
    readonly figureBreaks: Int32Array,
    /** 1 for a figure that counts something (unit "count"). */
    readonly countFigures: Uint8Array,
    private readonly offsetCode: string,
    private readonly conceptsOf: TermConcepts,
  ) {}

  /** Each concept's term id, weight and token. */
  get concepts(): Int32Array {
    return this.readConcepts().concepts;
  }
  get weights(): Float64Array {
    return this.readConcepts().weights;
  }
  get tokenOf(): Int32Array {
    return this.readConcepts().tokenOf;
  }
  get conceptBreaks(): Int32Array {
    return this.readConcepts().conceptBreaks;
  }
  get tokenStart(): Int32Array {
    return this.readOffsets().tokenStart;
  }
  get tokenEnd(): Int32Array {
    return this.readOffsets().tokenEnd;
  }
  get sentenceOf(): Int32Array {
    return this.readOffsets().sentenceOf;
  }

  private readConcepts() {
    if (this.conceptArrays) return this.conceptArrays;
    const { norms, tokenBreaks, conceptsOf } = this;
    let total = 0;
    for (let i = 0; i < norms.length; i++) total += conceptsOf(norms[i]).concepts.length;
    const out = { concepts: new Int32Array(total), weights: new Float64Array(total), tokenOf: new Int32Array(total), conceptBreaks: new Int32Array(tokenBreaks.length) };
    let k = 0;
    for (let sj = 0; sj + 1 < tokenBreaks.length; sj++) {
      for (let i = tokenBreaks[sj]; i < tokenBreaks[sj + 1]; i++) {
        const c = conceptsOf(norms[i]);
        for (let j = 0; j < c.concepts.length; j++, k++) {
          out.concepts[k] = c.concepts[j];
          out.weights[k] = c.weights[j];
          out.tokenOf[k] = i;
        }
      }
      out.conceptBreaks[sj + 1] = k;
    }
    return (this.conceptArrays = out);
  }

  private readOffsets() {
    if (this.offsetArrays) return this.offsetArrays;
    const { norms, tokenBreaks } = this;
    readNumbers(this.offsetCode, scratch);
    const numbers = scratch.numbers;
    const out = { tokenStart: new Int32Array(norms.length), tokenEnd: new Int32Array(norms.length), sentenceOf: new Int32Array(norms.length) };
    let at = 0;
    for (let i = 0; i < norms.length; i++) {
      out.tokenStart[i] = at += numbers[2 * i];
      out.tokenEnd[i] = at += numbers[2 * i + 1];
    }
    for (let sj = 0; sj + 1 < tokenBreaks.length; sj++) out.sentenceOf.fill(sj, tokenBreaks[sj], tokenBreaks[sj + 1]);
    return (this.offsetArrays = out);
  }
}

/** Whether a stored index is in the form this build reads (an older reader's source is not). */
export const isCurrentIndex = (index: SourceIndex | undefined): index is SourceIndex => typeof index?.offsets === 'string';

/** Reads a stored index. `termId` turns the source's own terms into
 * the caller's ids; `shared` is the caller's ids of the story's table, for an index without
 * terms of its own; `conceptsOf` gives a term's concepts. */
export function loadSourceIndex(
  index: SourceIndex,
  termId: (term: string) => number,
  shared: number[],
  conceptsOf: TermConcepts,
): LoadedIndex {
  const local = index.terms === undefined ? shared : index.terms ? index.terms.split(' ').map(termId) : [];
  const count = readNumbers(index.code, scratch);
  const numbers = scratch.numbers;
  const [tokenCount, sentenceCount] = [numbers[0], numbers[1]];
  const norms = new Int32Array(tokenCount);
  const tokenBreaks = new Int32Array(sentenceCount + 1);
  let p = 2;
  let t = 0;
  for (let sj = 0; sj < sentenceCount; sj++) {
    for (const end = t + numbers[p++]; t < end; t++) norms[t] = local[numbers[p++]];
    tokenBreaks[sj + 1] = t;
  }
  const figureCount = numbers[p++];
  const figureBreaks = new Int32Array(figureCount + 1);
  const figureKeys = new Int32Array(count - p - figureCount);
  const countFigures = new Uint8Array(figureCount);
  let k = 0;
  for (let f = 0; f < figureCount; f++) {
    const head = numbers[p++];
    countFigures[f] = head & 1;
    for (const end = k + (head >> 1); k < end; k++) {
      const v = numbers[p++];
      figureKeys[k] = local[(v / FIGURE_KEY_KINDS) | 0] * FIGURE_KEY_KINDS + (v % FIGURE_KEY_KINDS);
    }
    figureBreaks[f + 1] = k;
  }
  return new LoadedIndex(norms, tokenBreaks, figureKeys, figureBreaks, countFigures, index.offsets, conceptsOf);
}
