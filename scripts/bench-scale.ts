// The bench's scale rows: one story of n articles, every one a shuffled copy of the five NATO
// sources (so every claim matches hundreds of them), loaded and analysed as a waking worker
// does. Bundled: the story as its file stores it, read from that text. Imported: the same
// articles imported as a pack through the library and the reader's store, over fake-indexeddb
// (a stand-in for the browser's IndexedDB: its share of the load is only indicative), loaded by
// a fresh library as a restarted worker's is.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { extractClaims, matchArticleClaims } from '../lib/analyze';
import { articleFromText, type Article } from '../lib/article';
import { prepareStory, readStoredSource, storeSource, type General, type StoredSources, type StoryCorpus } from '../lib/corpus';
import type { Matcher } from '../lib/match/matcher';
import { createMatcher } from '../lib/match/matcher';
import type { StoryPack } from '../lib/pack';
import { openReaderStore } from '../lib/reader-store';
import type { SourceFile } from '../lib/sources';
import { createLibrary } from '../lib/stories';

/** The sizes imported stories are measured at, beside bundled ones of the same size. */
export const IMPORTED_SIZES = [500, 1000];

export interface ScaleRow {
  corpus: 'adversarial' | 'imported' | 'realistic';
  articles: number;
  stories: number;
  /** Loading the story: its matcher built from what is stored (for an imported story, read from
   * the store by a fresh library, its list of stories with it). */
  indexMs: number;
  /** The build step (bundled) or the import (imported), once, cold. */
  prepareMs: number;
  bytes: number;
  analyzeMs: number;
  heapMB: number;
  /** Of indexMs, the reads from the store (an imported story only). */
  storeMs?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
export function time(fn: () => unknown, runs: number, warmups = 1): number {
  const first = performance.now();
  fn(); // warm-up: first calls pay for JIT and lazy indexes
  if (!runs) return performance.now() - first; // a single, cold run (the build step at scale)
  for (let i = 1; i < warmups; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}
export const heapMB = () => round(process.memoryUsage().heapUsed / 2 ** 20, 1);
export const analysisOf = (article: Article, m: Matcher) => () => matchArticleClaims(m, article.blocks, extractClaims(article.blocks, m.names).claims);

// A small deterministic generator (mulberry32), so every run builds the same corpora.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAPS: [RegExp, string][] = [
  [/\bNATO\b/g, 'the alliance'], [/\bsaid\b/g, 'stated'], [/\bdefense\b/g, 'defence'], [/\bUkraine\b/g, 'Kyiv'],
  [/\bleader\b/g, 'chief'], [/\bwar\b/g, 'conflict'], [/\bspending\b/g, 'outlays'],
];
/** The seeds and shuffled copies of them, n articles in all. */
export function synthetic(seeds: SourceFile[], n: number): SourceFile[] {
  const out: SourceFile[] = [...seeds];
  const random = rng(n);
  for (let k = seeds.length; k < n; k++) {
    const seed = seeds[k % seeds.length];
    const lines = seed.body.split('\n').filter((l) => l.trim());
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    let body = lines.join('\n').replace(/\b\d+\b/g, (d) => String(Number(d) + 1 + Math.floor(random() * 9)));
    for (const [re, to] of SWAPS) if (random() < 0.5) body = body.replace(re, to);
    out.push({ id: `synthetic-${k}`, title: '', outlet: '', date: '', url: '', body });
  }
  return out;
}

// A story as its file stores it, and loaded as the worker loads it (its head, with the names,
// is bundled apart).
export const storedText = (story: StoryCorpus) => JSON.stringify({ terms: story.terms ?? '', sources: story.sources.map(storeSource) } satisfies StoredSources);
export const loadStored = (text: string, names: string[]) => {
  const { terms, sources } = JSON.parse(text) as StoredSources;
  return createMatcher({ terms, names, sources: sources.map(readStoredSource) });
};

/** A bundled story of n articles: built, stored, loaded, and a seed page analysed against it. */
export function bundledScale(pack: StoryPack, general: General, n: number): ScaleRow {
  const files = synthetic(pack.sources, n);
  const page = articleFromText(pack.sources[0].body);
  let built!: StoryCorpus;
  const prepareMs = time(() => (built = prepareStory({ story: pack.story, sources: files }, general)), n >= 1000 ? 0 : 3);
  const text = storedText(built);
  const names = built.names;
  built = undefined as unknown as StoryCorpus;
  // Analysis first, on the story loaded once as a worker holds it; then the loads, timed, whose
  // garbage would otherwise be collected in the middle of the analyses.
  const m = loadStored(text, names);
  const analyzeMs = round(time(analysisOf(page, m), n >= 5000 ? 5 : 15));
  const loadMs = time(() => loadStored(text, names), n >= 5000 ? 3 : 7);
  return { corpus: 'adversarial', articles: n, stories: 1, indexMs: round(loadMs, 1), prepareMs: round(prepareMs), bytes: text.length, analyzeMs, heapMB: heapMB() };
}

/** The same n articles imported as a pack into the reader's store, then loaded by a fresh
 * library (a restarted worker) and a seed page analysed against it. */
export async function importedScale(pack: StoryPack, general: General, n: number): Promise<ScaleRow> {
  globalThis.indexedDB = new IDBFactory();
  const story = { ...pack.story, id: `imported-${n}` };
  const page = articleFromText(pack.sources[0].body);
  const store = openReaderStore();
  const libraryOver = () => createLibrary({ bundled: [], fetchSources: () => Promise.reject(new Error('no bundled story')), store, general: async () => general });
  const t = performance.now();
  await libraryOver().importPack({ story, sources: synthetic(pack.sources, n) });
  const prepareMs = performance.now() - t;
  const m = await libraryOver().matcher(story.id);
  const analyzeMs = round(time(analysisOf(page, m), 15));
  const storeMs = await timeAsync(() => Promise.all([store.heads(), store.sources(), store.story(story.id)]), 7);
  const loadMs = await timeAsync(() => libraryOver().matcher(story.id), 7);
  const stored = await store.story(story.id);
  const bytes = JSON.stringify({ terms: stored.terms, sources: stored.sources.map((r) => storeSource(r.source)) }).length;
  return { corpus: 'imported', articles: n, stories: 1, indexMs: round(loadMs, 1), prepareMs: round(prepareMs), bytes, analyzeMs, heapMB: heapMB(), storeMs: round(storeMs, 1) };
}

/** A scale row as the report prints it: what was measured, and the numbers. */
export function scaleCells(s: ScaleRow): [string, string] {
  const kb = `${(s.bytes / 1024).toFixed(0)} KB`;
  if (s.corpus === 'adversarial') return [`${s.articles} articles, one story (adversarial): build / stored / load / analysis / heap`, `${s.prepareMs} ms / ${kb} / ${s.indexMs} ms / ${s.analyzeMs} ms / ${s.heapMB} MB`];
  if (s.corpus === 'imported') return [`${s.articles} articles, one story (imported): import / stored / load (store reads) / analysis / heap`, `${s.prepareMs} ms / ${kb} / ${s.indexMs} ms (${s.storeMs} ms) / ${s.analyzeMs} ms / ${s.heapMB} MB`];
  return [`${s.articles} articles, ${s.stories} stories (realistic): load / analysis / heap, detector index`, `${s.indexMs} ms / ${s.analyzeMs} ms / ${s.heapMB} MB, ${kb}`];
}
