// A reader's story stored as a bundled one is: one append-only term table, its sources in the
// stored form numbered there; the version 4 upgrade that converts the sources stored before.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareSource, prepareStory, readStoredSource, storeSource, type CorpusSource, type StoryCorpus } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { openReaderStore } from '../../lib/reader-store';
import { loadSourceIndex, termConcepts, termTable } from '../../lib/source-index';
import { createLibrary, headOf, pageSourceId, type ReaderSource } from '../../lib/stories';
import { intoTable, tableIds } from '../../lib/story-table';
import { readPack } from '../../scripts/packs';
import { generalData, natoPack, RATE_CUT_DIR, realCorpus } from './support/corpus';
import { openOldDatabase } from './support/old-database';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** A source's words and figure keys as text, read through the table its index numbers into. */
function wordsOf(source: CorpusSource, table?: string): { norms: string[]; figures: number[] } {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const termId = (t: string) => ids.get(t) ?? (ids.set(t, terms.length), terms.push(t), terms.length - 1);
  const shared = table ? table.split(' ').map(termId) : [];
  const loaded = loadSourceIndex(source.index!, termId, shared, termConcepts((n) => terms[n], termId));
  return { norms: [...loaded.norms].map((n) => terms[n]), figures: [...loaded.figureKeys].map((k) => k % 6) };
}

const rateCut = () => readPack(RATE_CUT_DIR);

describe('a story’s term table', () => {
  it('only grows: a new source appends its new terms, and every id already given stays', () => {
    const [a, b] = rateCut().sources.map((f) => prepareSource(f));
    const table = tableIds(undefined);
    const storedA = intoTable(a, table);
    const before = termTable(table);
    const storedB = intoTable(b, table);
    const after = termTable(table);
    expect(after.startsWith(`${before} `)).toBe(true);
    expect(after.split(' ').length).toBe(new Set(after.split(' ')).size);
    // The source stored first reads the same words through the grown table.
    expect(wordsOf(readStoredSource(storedA), after)).toEqual(wordsOf(a));
    expect(wordsOf(readStoredSource(storedB), after)).toEqual(wordsOf(b));
    expect(storedA.index?.terms).toBeUndefined();
  });

  it('numbers a source prepared in another table, and indexes one with no usable index from its text', () => {
    const story = prepareStory(natoPack(), generalData());
    const table = tableIds('unrelated words first');
    const [first, second] = story.sources;
    const moved = readStoredSource(intoTable(first, table, story.terms));
    const rebuilt = readStoredSource(intoTable({ ...second, index: undefined }, table));
    const terms = termTable(table);
    expect(terms.startsWith('unrelated words first ')).toBe(true);
    expect(wordsOf(moved, terms)).toEqual(wordsOf(first, story.terms));
    expect(wordsOf(rebuilt, terms)).toEqual(wordsOf(second, story.terms));
  });

  it('takes appends that run at once in the store, each in turn: no term lost or given twice', async () => {
    const store = openReaderStore();
    const sources = rateCut().sources.map((f) => prepareSource(f));
    await Promise.all(sources.map((source) => store.save({ sources: [{ story: 'rate-cut', source, origin: 'imported' }] })));
    const { terms, sources: stored } = await store.story('rate-cut');
    expect(terms.split(' ').length).toBe(new Set(terms.split(' ')).size);
    expect(stored).toHaveLength(sources.length);
    for (const r of stored) expect(wordsOf(r.source, terms)).toEqual(wordsOf(sources.find((s) => s.id === r.source.id)!));
  });

  it('starts again when a story is replaced, and goes with the story', async () => {
    const store = openReaderStore();
    const [a, b] = rateCut().sources.map((f) => prepareSource(f));
    const head = headOf(prepareStory(rateCut(), generalData()));
    await store.save({ head, sources: [{ story: 'rate-cut', source: a, origin: 'imported' }] });
    const found = { story: 'rate-cut', cluster: 1, kept: false, title: null, deleted: false, articles: 1, outlets: [] };
    await store.replaceStory({ head, sources: [{ story: 'rate-cut', source: b, origin: 'found' }], found });
    const { terms, sources } = await store.story('rate-cut');
    const alone = tableIds(undefined);
    intoTable(b, alone);
    expect(terms).toBe(termTable(alone));
    expect(wordsOf(sources[0].source, terms)).toEqual(wordsOf(b));
    await store.removeStory('rate-cut');
    expect(await store.story('rate-cut')).toEqual({ terms: '', sources: [] });
  });
});

describe('an imported story, stored in its table', () => {
  it('gives the verdicts its prepared corpus gives, loaded by a restarted worker', async () => {
    const store = openReaderStore();
    const libraryOver = () => createLibrary({ bundled: [], fetchSources: () => Promise.reject(new Error('none')), store, general: async () => generalData() });
    await libraryOver().importPack(rateCut());
    const prepared = prepareStory(rateCut(), generalData());
    const { terms } = await store.story('rate-cut');
    expect(terms).toBe(prepared.terms);
    const library = libraryOver();
    for (const source of prepared.sources) {
      for (const [start, end] of source.sentences.slice(0, 3)) {
        const text = source.text.slice(start, end);
        const want = createMatcher(prepared).lookup(text);
        const got = await library.lookup(text, 'rate-cut');
        expect([got.verdict, got.evidence.map((e) => [e.source, e.score])]).toEqual([want.verdict, want.evidence.map((e) => [e.source, e.score])]);
      }
    }
    expect((await library.search('rate', 'rate-cut')).length).toBeGreaterThan(0);
  });
});

/** Version 3's stores, as its upgrade left them. */
async function versionThree(records: ReaderSource[], heads: ReturnType<typeof headOf>[]) {
  const old = await openOldDatabase(3);
  for (const r of records) await old.put('sources', r);
  for (const h of heads) await old.put('heads', h);
  old.close();
}

describe('the database upgrade to version 4', () => {
  it('converts imported, added and found sources, and every one matches as it did', async () => {
    const imported = prepareStory(rateCut(), generalData());
    // A found story's sources as version 3 stored them: numbered in a table it did not keep.
    const foundPack = { ...natoPack(), story: { ...natoPack().story, id: 'found-7' }, sources: natoPack().sources.slice(0, 3).map((s) => ({ ...s, id: `f-${s.id}` })) };
    const found = prepareStory(foundPack, generalData());
    const pageFile = { id: pageSourceId('https://example.org/p'), title: 'A page', outlet: 'Example', date: '2024-10-02', url: 'https://example.org/p', body: '"Our doors stay open to every partner who shares our values," Mark Rutte said on Tuesday.' };
    const page = prepareSource(pageFile);
    const nato = realCorpus();
    const records: ReaderSource[] = [
      ...imported.sources.map((f) => ({ story: 'rate-cut', source: prepareSource(rateCut().sources.find((s) => s.id === f.id)!), origin: 'imported' as const })),
      ...found.sources.map((source) => ({ story: 'found-7', source, origin: 'found' as const })),
      { story: nato.story.id, source: page, origin: 'added' },
    ];
    await versionThree(records, [headOf(imported), headOf(found)]);
    // Before: each story as version 3 loaded it (its sources' own indexes, a found one's indexed again).
    const before = new Map<string, StoryCorpus>([
      ['rate-cut', { ...imported, terms: '', sources: records.filter((r) => r.story === 'rate-cut').map((r) => r.source) }],
      ['found-7', { ...found, terms: '', sources: found.sources.map((s) => ({ ...s, index: undefined })) }],
      [nato.story.id, { ...nato, sources: [...nato.sources, page] }],
    ]);
    const store = openReaderStore();
    const library = createLibrary({
      bundled: [headOf(nato)],
      fetchSources: async () => structuredClone({ terms: nato.terms ?? '', sources: nato.sources.map(storeSource) }),
      store,
      general: async () => generalData(),
    });
    for (const r of records) {
      const stored = (await store.story(r.story)).sources.find((s) => s.source.id === r.source.id)!;
      expect(typeof stored.source.index?.code).toBe('string');
      expect(stored.source.index?.terms).toBeUndefined();
      const [start, end] = r.source.sentences[Math.min(1, r.source.sentences.length - 1)];
      const text = r.source.text.slice(start, end);
      const old = createMatcher(before.get(r.story)!).lookup(text);
      const now = await library.lookup(text, r.story);
      expect(now.evidence.some((e) => e.source === r.source.id)).toBe(true);
      expect({ verdict: now.verdict, evidence: now.evidence.map((e) => [e.source, e.score]) }).toEqual({ verdict: old.verdict, evidence: old.evidence.map((e) => [e.source, e.score]) });
    }
  });

  it('keeps a source it cannot convert, to be indexed from its text', async () => {
    await versionThree([{ story: 'kept', source: { id: 'old-1' } as CorpusSource }], []);
    const [r] = await openReaderStore().sources('kept');
    expect(r.source).toEqual({ id: 'old-1', index: undefined });
  });
});
