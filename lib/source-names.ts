// What a reader calls each source of a story, worked out over all of them at once so that no two
// read alike: its outlet where the article names one, else the words of its headline that no
// other source's headline has ("Critical juncture"), never a cut-off that could be another's.
import { shortenAtWord, withoutDateline, type SourceNaming } from './outlets';
import { SPEECH_VERBS } from './text/lexicon';
import { isStopword, plainWords, stem } from './text/tokens';

export interface NamedSource extends SourceNaming {
  id: string;
}

/** A name this long or shorter is the whole headline, when no other source has it. */
const WHOLE_CHARS = 24;
/** Words of a headline a name spans at most. */
const NAME_WORDS = 4;

interface Word {
  raw: string;
  key: string;
}

/** Each source's name, by id: outlet, else (or beside a shared outlet) its telling words. */
export function sourceNames(sources: NamedSource[]): Map<string, string> {
  const words = sources.map((s) => headlineWords(s));
  const outletCount = count(sources.map((s) => s.outlet).filter(Boolean));
  const names = sources.map((s, i) => {
    if (s.outlet && outletCount.get(s.outlet) === 1) return s.outlet;
    const others = new Set(words.flatMap((w, j) => (j === i ? [] : w.map((x) => x.key))));
    const telling = tellingWords(headline(s), isCut(s), words[i], others);
    return s.outlet ? `${s.outlet}: ${telling}` : telling;
  });
  // Headlines with nothing to tell them apart (the same one twice) are numbered.
  const seen = count(names);
  const nth = new Map<string, number>();
  return new Map(
    sources.map((s, i) => {
      if (seen.get(names[i])! < 2) return [s.id, names[i]];
      const n = (nth.get(names[i]) ?? 0) + 1;
      nth.set(names[i], n);
      return [s.id, `${names[i]} (${n})`];
    }),
  );
}

/** What the source is headed by: its title, else its opening words without a dateline. */
const headline = (s: SourceNaming) => (s.title || withoutDateline(s.label)).replace(/…$/, '').trim();
/** Opening words cut short are never a name whole: they would read as a cut-off. */
const isCut = (s: SourceNaming) => !s.title && s.label.endsWith('…');
const QUOTE_MARKS = /["“”‘’«»„]|(?<=\p{L})'|'(?=\p{L})/gu;

function headlineWords(s: SourceNaming): Word[] {
  return headline(s)
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, key: plainWords(raw).map(stem).join(' ') }));
}

/** The headline whole when short and not cut, else the run of at most a few of its words
 * holding the most of the words no other headline has, longer words telling more ("says" tells
 * nothing): the earliest such run. */
function tellingWords(whole: string, cut: boolean, words: Word[], others: Set<string>): string {
  if (whole.length <= WHOLE_CHARS && !cut) return whole;
  const tells = words.map((w) => (w.key !== '' && !others.has(w.key) && !isStopword(w.key) && !SPEECH_VERBS.has(w.key) ? w.key.length : 0));
  let best: { from: number; to: number; score: number } | null = null;
  for (let from = 0; from < words.length; from++) {
    if (!tells[from]) continue;
    for (let to = from; to < Math.min(words.length, from + NAME_WORDS); to++) {
      if (!tells[to]) continue;
      const score = tells.slice(from, to + 1).reduce((a, b) => a + b, 0);
      if (!best || score > best.score) best = { from, to, score };
    }
  }
  if (!best) return shortenAtWord(whole, WHOLE_CHARS);
  const run = words
    .slice(best.from, best.to + 1)
    .map((w) => w.raw)
    .join(' ')
    .replace(QUOTE_MARKS, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return run.charAt(0).toUpperCase() + run.slice(1);
}

function count(items: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}
