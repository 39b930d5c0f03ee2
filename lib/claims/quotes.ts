// Quote claims (CLAIMS.md §2): direct speech between quotation marks, one claim per sentence,
// with the speaker from the attribution or, failing that, the most recently named person
// among the people the article quotes.
import { findNames, fullNames, surname, type NameRun } from '../text/names';
import { splitSentences } from '../text/sentences';
import type { QuoteClaim } from './types';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the block's length when the quote runs on. */
  close: number;
}

const ALWAYS_OPEN = new Set(['«', '„', '‚', '‹']);
const ALWAYS_CLOSE = new Set(['»', '›']);
const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '″']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‹', '›']);

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function canOpen(text: string, i: number): boolean {
  if (ALWAYS_OPEN.has(text[i])) return true;
  if (ALWAYS_CLOSE.has(text[i])) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  return (isSpace(prev) || /[([{\u2014\u2013\-/:;,]/.test(prev) || DOUBLE.has(prev) || SINGLE.has(prev)) && !isSpace(next);
}

function canClose(text: string, i: number): boolean {
  if (ALWAYS_CLOSE.has(text[i])) return true;
  if (ALWAYS_OPEN.has(text[i])) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  return !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]}\u2014\u2013\-]/.test(next) || DOUBLE.has(next) || SINGLE.has(next));
}

/** Pairs marks of one family left to right; an opener left open at the end runs to the end of
 * the block only when it opened the block (a quote continued in the next paragraph). */
function pairMarks(text: string, family: Set<string>, skip: (i: number) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!family.has(c) || skip(i)) continue;
    if (family === SINGLE && isWordChar(text[i - 1]) && isWordChar(text[i + 1])) continue; // I'm, Ukraine's
    if (open < 0) {
      if (canOpen(text, i)) open = i;
    } else if (canClose(text, i)) {
      spans.push({ open, close: i });
      open = -1;
    } else if (canOpen(text, i)) {
      open = i;
    }
  }
  if (open >= 0 && text.slice(0, open).trim() === '' && text.length - open > 20) spans.push({ open, close: text.length });
  return spans;
}

/** Quotation spans of a block: double marks first; single marks only outside them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = pairMarks(text, DOUBLE, () => false);
  const inside = (i: number) => doubles.some((s) => i >= s.open && i <= s.close);
  const singles = pairMarks(text, SINGLE, inside).filter((s) => {
    // A single-quoted span must not end on a possessive apostrophe ("members' ... ")
    const inner = text.slice(s.open + 1, s.close);
    return inner.trim().length > 1 && !/^\s/.test(inner);
  });
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

const SPEECH_VERBS = new Set(
  ('said says say saying added adds adding told tells telling remarked remarks commented comments ' +
    'articulated stated states stating noted notes explained explains insisted insists warned warns ' +
    'declared declares wrote writes asked asks replied replies answered continued concluded announced ' +
    'acknowledged admitted recalled suggested cautioned promised pledged vowed argued argues urged urges ' +
    'stressed stresses emphasised emphasized affirmed hailed described called tweeted posted observed ' +
    'predicted claimed maintained quipped conceded confirmed responded reiterated underlined underscored ' +
    'according thundered joked shouted whispered mused').split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they']);
// Words that may stand between a speech verb and the speaker's name after it: "said Mr. Rutte",
// "said the alliance's new chief, Mark Rutte", "according to Rutte".
const AFTER_VERB = new Set(
  ('mr mrs ms dr the to a an former outgoing incoming new chief head leader secretary general minister prime ' +
    'president spokesman spokeswoman spokesperson ambassador official foreign defence defense alliance alliance\'s nato\'s').split(' '),
);

interface Attribution {
  /** A name as written ("Rutte", "Jens Stoltenberg") or null when only a pronoun or nothing. */
  name: string | null;
  /** True when the attribution is right beside the quote ("…," Rutte said). */
  adjacent: boolean;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)) {
    out.push({ w: m[0].replace(/\.$/, '').toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** The name run (or pronoun) that covers or ends nearest before `pos`, within `words`. */
function speakerNear(text: string, words: Word[], verbAt: number, direction: -1 | 1): string | null | 'pronoun' {
  const range = direction < 0 ? words.slice(Math.max(0, verbAt - 8), verbAt).reverse() : words.slice(verbAt + 1, verbAt + 8);
  if (!range.length) return null;
  // Names are looked for only around the verb (a little before, for "Jens Stoltenberg").
  const from = words[Math.max(0, verbAt - 10)].start;
  const to = words[Math.min(words.length - 1, verbAt + 8)].end;
  const names = findNames(text.slice(from, to)).map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
  for (const word of range) {
    if (PRONOUNS.has(word.w)) return 'pronoun';
    const name = names.find((n) => word.start >= n.start && word.start < n.end);
    // After the verb, an organisation before a role is not the speaker: "said NATO chief Mark Rutte".
    if (name && !(direction > 0 && /^\p{Lu}{2,}$/u.test(name.words.join('')))) return name.words.join(' ');
    if (direction > 0 && !name && !AFTER_VERB.has(word.w)) break;
  }
  return null;
}

/** Attribution in the text after a quote: "…," Rutte said / said Mr. Rutte / he added. */
function attributionAfter(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, from, to).slice(0, 10);
  const v = words.findIndex((w) => SPEECH_VERBS.has(w.w));
  if (v < 0 || v > 6) return null;
  const before = speakerNear(text, words, v, -1);
  const found = before ?? speakerNear(text, words, v, 1);
  if (found === null) return null;
  return { name: found === 'pronoun' ? null : found, adjacent: true };
}

/** Attribution in the text before a quote: Rutte said: "…" / He said he wanted "…". */
function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const words = wordsOf(text, from, to);
  const v = words.findIndex((w) => SPEECH_VERBS.has(w.w));
  if (v < 0) return null;
  const found = speakerNear(text, words, v, -1) ?? speakerNear(text, words, v, 1);
  if (found === null) return null;
  const tail = text.slice(words[v].end, to);
  return { name: found === 'pronoun' ? null : found, adjacent: /^[\s:,]*$/.test(tail) };
}

interface Utterance {
  block: number;
  parts: [number, number][];
  attribution: Attribution | null;
  /** Offset in the whole article, for resolving pronouns by what was named before. */
  at: number;
  /** Where the utterance's sentence ends, attribution included, in the whole article. */
  until: number;
}

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
  return /[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ' ') && !/(?:^|[\s.])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Gov|[A-Z])$/.test(text.slice(Math.max(0, i - 4), i));
}

/** Where the sentence from `pos` ends: its full stop, or the next quote, whichever is first. */
function clauseEnd(text: string, pos: number, spans: QuoteSpan[], next: QuoteSpan | undefined): number {
  const limit = next && next.open >= pos ? next.open : text.length;
  for (let i = pos; i < limit; i++) if (isSentenceEnd(text, i)) return i + 1;
  return limit;
}

function utterancesOf(text: string, block: number, offset: number): Utterance[] {
  const spans = findQuoteSpans(text);
  const out: Utterance[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const inner: [number, number] = [s.open + 1, s.close];
    const prev = out[out.length - 1];
    const prevSpan = spans[k - 1];
    // "…," he said, "…": an utterance interrupted by its attribution continues in lower case.
    if (prev && prevSpan && prev.parts.length === 1) {
      const between = text.slice(prevSpan.close + 1, s.open);
      const first = text.slice(inner[0], inner[1]).trimStart();
      if (/,\s*$/.test(between) && /^\p{Ll}/u.test(first) && prev.attribution?.adjacent && between.length < 80) {
        prev.parts.push(inner);
        continue;
      }
    }
    // An attribution after the quote needs the quote to end its clause: "…," he said.
    const endsClause = /[,.!?\u2014-]\s*$/.test(text.slice(inner[0], inner[1])) || /^\s*[,\u2014-]/.test(text.slice(s.close + 1));
    const end = clauseEnd(text, s.close + 1, spans, spans[k + 1]);
    const after = endsClause ? attributionAfter(text, s.close + 1, end) : null;
    const before = after ? null : attributionBefore(text, clauseStart(text, s.open, spans), s.open);
    out.push({ block, parts: [inner], attribution: after ?? before, at: offset + s.open, until: offset + end });
  }
  return out;
}

/** Names that are the subject of a speech verb in narrative text: "Rutte told reporters". */
function reportedSpeakers(text: string, names: NameRun[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const next = /^\s*(?:\w+ly\s+)?([a-z]+)/.exec(text.slice(n.end));
    if (next && SPEECH_VERBS.has(next[1]) && next[1] !== 'according') out.push(n.words.join(' '));
  }
  return out;
}

const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/** Trims a quoted sentence: outer spaces, a trailing comma, stray quote marks. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”„«»‘’'‚]/.test(text[start])) start++;
  while (end > start && /[\s,;:"“”„«»‘’'‚\u2014\u2013-]/.test(text[end - 1])) end--;
  return [start, end];
}

export interface ExtractOptions {
  /** Full names known from elsewhere (the corpus), for "Rutte" -> "Mark Rutte". */
  knownNames?: string[];
}

/** Quote claims of an article given as blocks (paragraphs), in reading order. */
export function extractQuotes(blocks: string[], options: ExtractOptions = {}): QuoteClaim[] {
  const offsets: number[] = [];
  let total = 0;
  for (const b of blocks) {
    offsets.push(total);
    total += b.length + 1;
  }
  const utterances = blocks.flatMap((b, i) => utterancesOf(b, i, offsets[i]));

  // Everyone named in the article, for full names and for "the most recently named person".
  let mentions: { name: string; at: number }[] = [];
  const blockNames = blocks.map(findNames);
  blockNames.forEach((names, i) => {
    for (const n of names) mentions.push({ name: n.words.join(' '), at: offsets[i] + n.start });
  });
  // In a sentence that attributes a quote, the speaker is who it is about: "“…,” Rutte told
  // reporters, where he succeeded Jens Stoltenberg" leaves Rutte, not Stoltenberg, in mind.
  // (Utterances and mentions are both in reading order: one sweep.)
  const attributed = utterances.filter((u) => u.attribution?.name);
  const kept: { name: string; at: number }[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < attributed.length && attributed[k].until <= m.at) k++;
    const u = attributed[k];
    if (!u || m.at < u.at || surname(m.name) === surname(u.attribution!.name!)) kept.push(m);
  }
  for (const u of attributed) kept.push({ name: u.attribution!.name!, at: u.until - 1 });
  mentions = kept.sort((a, b) => a.at - b.at);
  // Fullest known form of each name, for "Rutte" -> "Mark Rutte".
  const full = fullNames([...mentions.map((m) => m.name), ...(options.knownNames ?? [])]);
  // The people the article quotes: named in an attribution, or the subject of a speech verb
  // in reported speech ("Rutte told reporters that…").
  const quoted = new Set(
    [
      ...utterances.flatMap((u) => (u.attribution?.name ? [u.attribution.name] : [])),
      ...blocks.flatMap((b, i) => reportedSpeakers(b, blockNames[i])),
    ].map(surname),
  );
  const quotedMentions = mentions.filter((m) => quoted.has(surname(m.name)));
  const personMentions = mentions.filter((m) => full(m.name).includes(' '));

  const claims: QuoteClaim[] = [];
  for (const u of utterances) {
    let speaker: string | null = u.attribution?.name ?? null;
    // Nobody named as a speaker yet: the most recently named person (a name the article or
    // corpus gives in full), as a reader would take "he said" after "Rutte met allies".
    if (!speaker) speaker = (lastBefore(quotedMentions, u.at) ?? lastBefore(personMentions, u.at))?.name ?? null;
    if (speaker) speaker = full(speaker);

    const text = blocks[u.block];
    const whole = u.parts.map(([a, b]) => text.slice(a, b)).join(' ');
    // Scare quotes and labels: short, and nobody is said to have said them.
    if (countWords(whole) < 4 && !u.attribution?.adjacent) continue;

    // Sentences of the utterance, mapped back to page offsets part by part.
    for (const [a, b] of u.parts.length === 1 ? u.parts : []) {
      for (const s of splitSentences(text.slice(a, b))) {
        const [start, end] = trimRange(text, a + s.start, a + s.end);
        if (end <= start || countWords(text.slice(start, end)) === 0) continue;
        claims.push({ kind: 'quote', text: text.slice(start, end), speaker, block: u.block, ranges: [[start, end]] });
      }
    }
    if (u.parts.length > 1) {
      const ranges = u.parts.map(([a, b]) => trimRange(text, a, b));
      const joinedText = ranges.map(([a, b]) => text.slice(a, b)).join(' ');
      // The parts of an interrupted quote are one utterance; its sentences are split on the join.
      const sentences = splitSentences(joinedText);
      if (sentences.length === 1) {
        claims.push({ kind: 'quote', text: joinedText, speaker, block: u.block, ranges });
      } else {
        for (const [a, b] of ranges) {
          for (const s of splitSentences(text.slice(a, b))) {
            const [start, end] = trimRange(text, a + s.start, a + s.end);
            if (end > start) claims.push({ kind: 'quote', text: text.slice(start, end), speaker, block: u.block, ranges: [[start, end]] });
          }
        }
      }
    }
  }
  return claims;
}

/** The last mention before `at` in a list sorted by position. */
function lastBefore<T extends { at: number }>(sorted: T[], at: number): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** Ranges of a block that are inside quotation marks (for keeping figures out of quotes). */
export function quotedRanges(text: string): [number, number][] {
  return findQuoteSpans(text).map((s) => [s.open, s.close + 1]);
}
