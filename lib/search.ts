// Corpus search for the popup: fuse.js over the corpus's quotes, figures' sentences and
// sentences, as the reader types. The index is built once, when first asked (measured: at
// five articles building it is cheaper than bundling a prebuilt one; see the bench).
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { sourceLabel, type StoryCorpus } from './corpus';
import { collapseSpaces } from './text/normalize';
import { plainWords } from './text/tokens';

export type SearchKind = 'quote' | 'figure' | 'sentence';

export interface SearchItem {
  kind: SearchKind;
  source: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface SearchResult extends SearchItem {
  label: string;
  outlet: string;
  /** [start, end) of matched words in `text`, for marking them. */
  marks: [number, number][];
  score: number;
  /** Other sources with the same passage, merged into this result. */
  alsoIn?: { source: string; label: string; outlet: string }[];
}

export function searchItems(corpus: Pick<StoryCorpus, 'sources'>): SearchItem[] {
  const items: SearchItem[] = [];
  for (const s of corpus.sources) {
    for (const q of s.quotes) items.push({ kind: 'quote', source: s.id, text: s.text.slice(q.start, q.end), start: q.start, end: q.end, speaker: q.speaker });
    for (const f of s.figures) {
      const [start, end] = s.sentences.find(([a, b]) => f.ranges[0][0] >= a && f.ranges[0][0] < b) ?? f.ranges[0];
      items.push({ kind: 'figure', source: s.id, text: s.text.slice(start, end), start, end, speaker: null });
    }
    for (const [start, end] of s.sentences) items.push({ kind: 'sentence', source: s.id, text: s.text.slice(start, end), start, end, speaker: null });
  }
  return items;
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

export function createSearch(corpus: Pick<StoryCorpus, 'sources'>): (query: string, limit?: number) => SearchResult[] {
  const items = searchItems(corpus);
  const meta = new Map(corpus.sources.map((s) => [s.id, { label: sourceLabel(s), outlet: s.outlet }]));
  // ignoreLocation: a match anywhere in the passage counts, not only near its start.
  const fuse = new Fuse(items, {
    keys: ['text', 'speaker'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 3,
  });
  return (query, limit = 20) => {
    const q = collapseSpaces(query);
    if (!q || (q.length < 2 && !/\d/.test(q))) return [];
    const seen = new Set<string>();
    const byText = new Map<string, SearchResult>();
    const out: SearchResult[] = [];
    const add = (item: SearchItem, score: number, marks: [number, number][]) => {
      // One result per passage (a quote is also a sentence); the same words in another source
      // are merged into the first result that has them.
      const key = `${item.source}:${item.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      const same = byText.get(passageKey(item.text));
      if (!same) {
        const result = { ...item, ...meta.get(item.source)!, marks, score };
        byText.set(passageKey(item.text), result);
        out.push(result);
      } else if (same.source !== item.source && !same.alsoIn?.some((x) => x.source === item.source)) {
        (same.alsoIn ??= []).push({ source: item.source, ...meta.get(item.source)! });
      }
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

const passageKey = (text: string) => plainWords(text).join(' ');

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
