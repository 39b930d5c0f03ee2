// Quote claims (CLAIMS.md §2): direct speech between quotation marks, one claim per sentence,
// with the speaker from the attribution or, failing that, from the text around it
// (resolve-speakers.ts).
import { TITLE_ABBREVIATIONS } from '../text/lexicon';
import { isQuoteMark, type QuoteSpan } from '../text/quote-spans';
import type { NameRun } from '../text/names';
import { readBlocks, type Reading } from '../text/reading';
import { splitSentences } from '../text/sentences';
import { speakerResolver, type Utterance } from './resolve-speakers';
import { attributionAfter, attributionBefore, recalledAttribution, speakerLabel } from './speakers';
import type { QuoteClaim } from './types';
import { plainWords, type WordSpan } from '../text/tokens';


/** The span whose inside holds position i (open < i <= close), by binary search. */
function spanAt(spans: QuoteSpan[], i: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].close < i) lo = mid + 1;
    else if (spans[mid].open >= i) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** Where the sentence around `pos` starts, ignoring sentence ends inside quotes. */
function clauseStart(text: string, pos: number, spans: QuoteSpan[]): number {
  for (let i = pos - 1; i > 0; i--) {
    const span = spanAt(spans, i);
    if (span) {
      if (span.close < pos && /[.!?]$/.test(text.slice(span.open + 1, span.close).trim())) return span.close + 1;
      i = span.open;
      continue;
    }
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return 0;
}

/** A full stop, question or exclamation mark that ends a sentence (not "Mr." or "U.S."). */
function isSentenceEnd(text: string, i: number): boolean {
  if (!/[.!?]/.test(text[i]) || !/\s/.test(text[i + 1] ?? ' ')) return false;
  const word = /(?:^|[\s.])(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
  return !(text[i] === '.' && (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)));
}

/** Where the sentence from `pos` ends: its full stop, or the next quote, whichever is first. */
function clauseEnd(text: string, pos: number, spans: QuoteSpan[], next: QuoteSpan | undefined): number {
  const limit = next && next.open >= pos ? next.open : text.length;
  for (let i = pos; i < limit; i++) if (isSentenceEnd(text, i)) return i + 1;
  return limit;
}

function utterancesOf(text: string, words: WordSpan[], spans: QuoteSpan[], block: number, offset: number, names: NameRun[]): Utterance[] {
  const out: Utterance[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const inner: [number, number] = [s.open + 1, s.close];
    const prev = out[out.length - 1];
    const prevSpan = spans[k - 1];
    // "…," he said, "…": an utterance interrupted by its attribution continues in lower case.
    if (prev && prevSpan && prev.parts.length === 1) {
      const between = text.slice(prevSpan.close + 1, s.open);
      const first = text.slice(inner[0], inner[1]).replace(/^[\s\u2014\u2013\-…]+/, '');
      // Interrupted by a comma ("…," he said, "…") or a dash ("…" — he said — "…").
      if (/[,\u2014\u2013\-]\s*$/.test(between) && /^\p{Ll}/u.test(first) && prev.attribution?.adjacent && between.length < 80) {
        prev.parts.push(inner);
        continue;
      }
    }
    // An attribution after the quote needs the quote to end its clause: "…," he said.
    const endsClause = /[,.!?\u2014-]\s*$/.test(text.slice(inner[0], inner[1])) || /^\s*[,\u2014-]/.test(text.slice(s.close + 1));
    const end = clauseEnd(text, s.close + 1, spans, spans[k + 1]);
    const start = clauseStart(text, s.open, spans);
    // Words passed on ("recalled her grandfather's advice: …") are the recalled person's, whoever says them.
    const recalled = recalledAttribution(text, words, Math.max(start, k > 0 ? spans[k - 1].close + 1 : 0), s.open, names);
    const endsSentence = /[.!?]\s*$/.test(text.slice(inner[0], inner[1]));
    const after = recalled || !endsClause ? null : attributionAfter(text, words, s.close + 1, end, names, endsSentence);
    const attribution = recalled ?? after ?? attributionBefore(text, words, start, s.open, names);
    out.push({ block, parts: [inner], attribution, at: offset + s.open, until: offset + end });
  }
  return out;
}

const countWords = (s: string) => plainWords(s).length;

/** Trims a quoted sentence: outer spaces, a trailing comma, stray quote marks. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && (/\s/.test(text[start]) || isQuoteMark(text[start]))) start++;
  while (end > start && (/[\s,;:\u2014\u2013-]/.test(text[end - 1]) || isQuoteMark(text[end - 1]))) end--;
  return [start, end];
}

export interface ExtractOptions {
  /** Full names known from elsewhere (the corpus), for "Rutte" -> "Mark Rutte". */
  knownNames?: string[];
  /** The blocks' reading (readBlocks with the same known names), when the caller has it already. */
  reading?: Reading;
}

/** Speech after transcript labels ("MARK RUTTE: We will…", "Q: …"), in paragraphs with no quote
 * marks, when the article has at least two labelled paragraphs (a transcript, not a headline).
 * Questions are speech too, but no one's claim. */
function transcriptSpeech(blocks: string[], quoted: Utterance[]) {
  const withQuotes = new Set(quoted.map((u) => u.block));
  const labels = blocks.map((b, i) => (withQuotes.has(i) ? null : speakerLabel(b)));
  if (labels.filter(Boolean).length < 2) return [];
  return labels.flatMap((label, block) => (label ? [{ block, ...label }] : []));
}

/** Quote claims of an article given as blocks (paragraphs), in reading order. */
export function extractQuotes(blocks: string[], options: ExtractOptions = {}): QuoteClaim[] {
  const reading = options.reading ?? readBlocks(blocks, options.knownNames);
  const { offsets, names: blockNames, quotes: spans } = reading;
  const utterances = blocks.flatMap((b, i) => utterancesOf(b, reading.words[i], spans[i], i, offsets[i], blockNames[i]));
  const quoted = spans.map((ss) => ss.map((q): [number, number] => [q.open, q.close]));
  for (const t of transcriptSpeech(blocks, utterances)) {
    // A transcript's speech is quoted speech: the names in it are not whom the article is about.
    const end = blocks[t.block].length;
    quoted[t.block].push([t.end - 1, end]);
    if (!t.question) utterances.push({ block: t.block, parts: [[t.end, end]], attribution: t.attribution, at: offsets[t.block] + t.end, until: offsets[t.block] + end });
  }
  utterances.sort((a, b) => a.at - b.at);
  const speakerOf = speakerResolver(reading, quoted, utterances, options.knownNames ?? []);

  const claims: QuoteClaim[] = [];
  for (const u of utterances) {
    const speaker = speakerOf(u);
    const known = speaker ? { attributed: u.attribution?.name ? ('named' as const) : ('inferred' as const) } : {};
    const text = blocks[u.block];
    const whole = u.parts.map(([a, b]) => text.slice(a, b)).join(' ');
    // Scare quotes and labels: short, and nobody is said to have said them; or short and cut
    // off from its sentence ("not worried," he said).
    if (countWords(whole) < 4 && (!u.attribution?.adjacent || /^[\s\u2014\u2013\-…]*\p{Ll}/u.test(whole))) continue;

    // Sentences of the utterance, mapped back to page offsets part by part.
    for (const [a, b] of u.parts.length === 1 ? u.parts : []) {
      for (const s of splitSentences(text.slice(a, b))) {
        const [start, end] = trimRange(text, a + s.start, a + s.end);
        if (end <= start || countWords(text.slice(start, end)) === 0) continue;
        claims.push({ kind: 'quote', text: text.slice(start, end), speaker, ...known, block: u.block, ranges: [[start, end]] });
      }
    }
    if (u.parts.length > 1) {
      const ranges = u.parts.map(([a, b]) => trimRange(text, a, b));
      const joinedText = ranges.map(([a, b]) => text.slice(a, b)).join(' ');
      // The parts of an interrupted quote are one utterance; its sentences are split on the join.
      const sentences = splitSentences(joinedText);
      if (sentences.length === 1) {
        claims.push({ kind: 'quote', text: joinedText, speaker, ...known, block: u.block, ranges });
      } else {
        for (const [a, b] of ranges) {
          for (const s of splitSentences(text.slice(a, b))) {
            const [start, end] = trimRange(text, a + s.start, a + s.end);
            if (end > start) claims.push({ kind: 'quote', text: text.slice(start, end), speaker, ...known, block: u.block, ranges: [[start, end]] });
          }
        }
      }
    }
  }
  return claims;
}
