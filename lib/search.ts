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
    if (q.length < 2) return [];
    const seen = new Set<string>();
    const out: SearchResult[] = [];
    for (const r of fuse.search(q, { limit: limit * 3 })) {
      // One result per passage: a quote is also a sentence.
      const key = `${r.item.source}:${r.item.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const marks = markWords(r.item.text, q);
      out.push({
        ...r.item,
        ...meta.get(r.item.source)!,
        marks: marks.length ? marks : fuseMarks(r.matches),
        score: Math.round((1 - (r.score ?? 1)) * 100) / 100,
      });
      if (out.length >= limit) break;
    }
    return out;
  };
}

function fuseMarks(matches: readonly FuseResultMatch[] | undefined): [number, number][] {
  const m = matches?.find((x) => x.key === 'text');
  return (m?.indices ?? []).filter(([a, b]) => b - a >= 2).map(([a, b]): [number, number] => [a, b + 1]);
}
