// Corpus search for the popup: fuse.js over the corpus's quotes and sentences, as the reader
// types; each hit says what it is (quote, figure, sentence), and one passage held by several
// sources is one result naming them all. The index is built once, when first asked (measured: at
// five articles building it is cheaper than bundling a prebuilt one; see the bench).
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { sourceLabel, type StoryCorpus } from './corpus';
import { sourceNames } from './source-names';
import { collapseSpaces } from './text/normalize';
import { plainWords } from './text/tokens';

export type SearchKind = 'quote' | 'figure' | 'sentence';

/** A passage the search looks in: a source's quote, or one of its sentences. */
export interface SearchItem {
  kind: 'quote' | 'sentence';
  source: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  /** [start, end) of each figure in a sentence's `text`: a hit there is a figure. */
  figures: [number, number][];
}

/** A passage found in one source, with what it is: a quote, a figure (the query's words on one
 * of the sentence's figures), or a sentence. */
export interface SearchHit extends Omit<SearchItem, 'kind' | 'figures'> {
  kind: SearchKind;
  label: string;
  outlet: string;
  /** What the reader calls the source among its story's others (lib/source-names). */
  name: string;
  /** [start, end) of matched words in `text`, for marking them. */
  marks: [number, number][];
  score: number;
}

/** Where a passage stands. */
export interface PassageSource {
  source: string;
  label: string;
  outlet: string;
  name: string;
}

/** One passage however many sources hold it: the first source's hit, and every source that holds
 * the passage or nearly the same words (the first one first: the one opened). */
export interface SearchResult extends SearchHit {
  sources: PassageSource[];
}

export function searchItems(corpus: Pick<StoryCorpus, 'sources'>): SearchItem[] {
  const items: SearchItem[] = [];
  for (const s of corpus.sources) {
    for (const q of s.quotes) items.push({ kind: 'quote', source: s.id, text: s.text.slice(q.start, q.end), start: q.start, end: q.end, speaker: q.speaker, figures: [] });
    for (const [start, end] of s.sentences) {
      const figures = s.figures.flatMap((f) => f.ranges).filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a - start, b - start]);
      items.push({ kind: 'sentence', source: s.id, text: s.text.slice(start, end), start, end, speaker: null, figures });
    }
  }
  return items;
}

/** What a hit in an item is: a sentence whose marked words touch one of its figures is a figure. */
export function hitKind(item: Pick<SearchItem, 'kind' | 'figures'>, marks: [number, number][]): SearchKind {
  if (item.kind === 'quote') return 'quote';
  return marks.some(([a, b]) => item.figures.some(([f, g]) => a < g && f < b)) ? 'figure' : 'sentence';
}

/** Marks of the query's words in a passage: each occurrence at the start of a word,
 * case-insensitive ("safe" in "safety" too, as a reader typing "safe" expects). */
export function markWords(text: string, query: string): [number, number][] {
  const words = [...new Set(plainWords(query).filter((w) => w.length >= 2))];
  const marks: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const w of words) {
    let i = lower.indexOf(w);
    while (i >= 0) {
      const before = lower[i - 1] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before)) marks.push([i, i + w.length]);
      i = lower.indexOf(w, i + w.length);
    }
  }
  return marks.sort((a, b) => a[0] - b[0]).filter((m, k, all) => k === 0 || m[0] >= all[k - 1][1]);
}

/** The story's search: the passages the query finds, each source's once (a quote and the
 * sentence around it are one passage), exact words first. `limit` counts hits, not passages. */
export function createSearch(corpus: Pick<StoryCorpus, 'sources'>): (query: string, limit?: number) => SearchHit[] {
  const items = searchItems(corpus);
  const labelled = corpus.sources.map((s) => ({ id: s.id, title: s.title, label: sourceLabel(s), outlet: s.outlet }));
  const names = sourceNames(labelled);
  const meta = new Map(labelled.map((s) => [s.id, { label: s.label, outlet: s.outlet, name: names.get(s.id) ?? s.label }]));
  // ignoreLocation: a match anywhere in the passage counts, not only near its start.
  const fuse = new Fuse(items, {
    keys: ['text', 'speaker'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 3,
  });
  return (query, limit = 60) => {
    const q = collapseSpaces(query);
    if (!q || (q.length < 2 && !/\d/.test(q))) return [];
    const out: SearchHit[] = [];
    const add = (item: SearchItem, score: number, marks: [number, number][]) => {
      if (out.some((h) => h.source === item.source && h.start < item.end && item.start < h.end)) return;
      const { figures: _figures, ...rest } = item;
      out.push({ ...rest, kind: hitKind(item, marks), ...meta.get(item.source)!, marks, score });
    };
    // Exact words first (numbers included: "57" finds "57-year-old"), then fuzzy matches.
    for (const item of items) {
      const marks = phraseMarks(item.text, q);
      if (marks.length) add(item, 1, marks);
    }
    for (const r of fuse.search(q, { limit: limit * 3 })) {
      const marks = markWords(r.item.text, q);
      add(r.item, Math.round((1 - (r.score ?? 1)) * 100) / 100, marks.length ? marks : fuseMarks(r.matches));
    }
    return out.slice(0, limit);
  };
}

/** Hits grouped into passages: a hit joins the first passage with the same or nearly the same
 * words (another source's copy of a wire, a quote inside another's longer sentence). */
export function groupHits(hits: SearchHit[], limit = 20): SearchResult[] {
  const groups: { words: string[]; result: SearchResult }[] = [];
  for (const hit of hits) {
    const words = plainWords(hit.text);
    const group = groups.find((g) => samePassage(g.words, words));
    const where = { source: hit.source, label: hit.label, outlet: hit.outlet, name: hit.name };
    if (!group) groups.push({ words, result: { ...hit, sources: [where] } });
    else if (!group.result.sources.some((s) => s.source === hit.source)) group.result.sources.push(where);
  }
  return groups.slice(0, limit).map((g) => g.result);
}

// Passages this alike in their words are one passage told twice; shorter ones must match exactly.
const SAME_SHARE = 0.8;
const MIN_NEAR_WORDS = 4;

/** Whether two passages' words are the same passage: equal; one inside the other and at least
 * half its length; or sharing most of their words. */
export function samePassage(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length < MIN_NEAR_WORDS) return false;
  if (short.length * 2 >= long.length && ` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return true;
  const counts = new Map<string, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of short) {
    const n = counts.get(w) ?? 0;
    if (n === 0) continue;
    shared++;
    counts.set(w, n - 1);
  }
  return shared >= SAME_SHARE * long.length;
}

/** A passage cut to about `max` characters around its first mark, at word boundaries, with its
 * marks moved to match: a result list shows more passages when each is a few lines. */
export function excerpt(text: string, marks: [number, number][], max = 160): { text: string; marks: [number, number][] } {
  if (text.length <= max) return { text, marks };
  const first = marks.length ? Math.min(...marks.map(([a]) => a)) : 0;
  // Some words before the first mark, for context: a quarter of the room.
  let from = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max));
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, from + max);
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const lead = from > 0 ? '…' : '';
  const shift = lead.length - from;
  return {
    text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    marks: marks.filter(([a, b]) => a >= from && b <= to).map(([a, b]): [number, number] => [a + shift, b + shift]),
  };
}

/** Where the query stands in `text` as whole words (case aside): "2 percent" in "2 percent of
 * GDP" but not in "92 percent"; "57" in "57-year-old". */
export function phraseMarks(text: string, query: string): [number, number][] {
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
}

function fuseMarks(matches: readonly FuseResultMatch[] | undefined): [number, number][] {
  const m = matches?.find((x) => x.key === 'text');
  return (m?.indices ?? []).filter(([a, b]) => b - a >= 2).map(([a, b]): [number, number] => [a, b + 1]);
}

/** The sources of a passage in a line, by the names that tell a story's sources apart, `shown`
 * of them named: "in AP · Reuters · 1 more". */
export function sourcesLine(sources: PassageSource[], shown = 2): string {
  if (sources.length === 1) return `in ${sources[0].name}`;
  const names = sources.slice(0, shown).map((s) => s.name);
  const more = sources.length - names.length;
  return `in ${names.join(' · ')}${more ? ` · ${more} more` : ''}`;
}
