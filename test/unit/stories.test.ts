// The stories as the background holds them: bundled heads, sources fetched once when needed,
// the reader's pages and packs beside them.
import { describe, expect, it } from 'vitest';
import { toCards } from '../../lib/cards';
import { extractFigures } from '../../lib/claims/figures';
import { parsePackFile, toPackFile } from '../../lib/pack';
import { pageSourceId } from '../../lib/stories';
import { readPack } from '../../scripts/packs';
import { quote, RATE_CUT_DIR, realCorpus } from './support/corpus';
import { memoryStore, testLibrary } from './support/reader';

const NATO = realCorpus().story.id;
const PAGE = {
  id: pageSourceId('https://example.org/rutte-interview'),
  title: 'An interview with the new chief',
  outlet: 'Example Daily',
  date: '2024-10-02',
  url: 'https://example.org/rutte-interview',
  body: 'Mark Rutte spoke to us on his second day.\n"Our doors stay open to every partner who shares our values," Rutte said.',
};

describe('createLibrary', () => {
  it('fetches a story’s sources only when the story is first needed, and once', async () => {
    const { library, fetched } = testLibrary();
    expect((await library.index()).stories.map((s) => s.id)).toEqual([NATO]);
    expect((await library.sources(NATO)).sources).toHaveLength(5);
    expect(fetched).toEqual([]);
    await library.matcher(NATO);
    await library.search('safe hands', NATO);
    expect(fetched).toEqual([NATO]);
  });

  it('makes an added page evidence for other pages, and forgets it when removed', async () => {
    const { library } = testLibrary();
    const claim = quote('Our doors stay open to every partner who shares our values.');
    expect((await library.matcher(NATO)).matchClaim(claim).verdict).toBe('unique');
    const added = await library.addPage(NATO, PAGE);
    expect(added).toMatchObject({ id: PAGE.id, label: PAGE.title, outlet: 'Example Daily', url: PAGE.url });
    const after = (await library.matcher(NATO)).matchClaim(claim);
    expect(after.verdict).toBe('corroborated');
    expect(after.evidence.map((e) => e.source)).toEqual([PAGE.id]);
    expect((await library.sources(NATO)).sources.map((s) => s.id)).toContain(PAGE.id);
    await library.removeSource(PAGE.id);
    expect((await library.matcher(NATO)).matchClaim(claim).verdict).toBe('unique');
  });

  it('refuses to remove a bundled source', async () => {
    const { library } = testLibrary();
    await expect(library.removeSource(realCorpus().sources[0].id)).rejects.toThrow('Only sources you added can be removed.');
  });

  it('imports a new story with its own vocabulary and detects its pages', async () => {
    const { library } = testLibrary();
    const result = await library.importPack(readPack(RATE_CUT_DIR));
    expect(result).toEqual({ story: 'rate-cut', added: 5, skipped: 0, recognition: null });
    const [, row] = await library.rows();
    expect(row).toMatchObject({ origin: 'imported', recognition: null });
    expect(new Set(row.sources.map((s) => s.origin))).toEqual(new Set(['imported']));
    const index = await library.index();
    expect(index.stories.map((s) => s.id)).toEqual([NATO, 'rate-cut']);
    expect(index.terms.reinholt[0]).toBe(1);
    const hit = (await library.lookup('Nobody should read today’s decision as the start of a rapid series of cuts', 'rate-cut')).verdict;
    expect(hit).toBe('corroborated');
  });

  it('keeps the source that gave another value when a one-source pack that agrees is imported (CLAIMS §5)', async () => {
    const { library } = testLibrary();
    const [claim] = extractFigures(["A staunch US ally, NATO's 33 nations have picked a leader expected to keep pushing support for Kyiv."]);
    const before = (await library.matcher(NATO)).matchClaim(claim);
    expect(before.verdict).toBe('varying');
    const differing = before.evidence.filter((e) => e.differs === 'value').map((e) => e.source);
    expect(differing.length).toBeGreaterThan(0);
    const agreeing = { ...PAGE, id: 'agrees-33', url: 'https://example.org/agrees', body: "NATO's 33 nations have picked a leader expected to keep pushing support for Kyiv, officials said." };
    expect(await library.importPack({ story: realCorpus().story, sources: [agreeing] })).toMatchObject({ added: 1 });
    const after = (await library.matcher(NATO)).matchClaim(claim);
    expect(after.verdict).toBe('corroborated');
    expect(after.evidence.filter((e) => e.differs === 'value').map((e) => e.source)).toEqual(differing);
    expect(toCards([after], [])[0]).toMatchObject({ agree: 1, disagree: differing.length });
  });

  it('merges a pack into a story that exists, counting what it added and skipped', async () => {
    const { library } = testLibrary();
    const pack = readPack(RATE_CUT_DIR);
    await library.importPack({ ...pack, sources: pack.sources.slice(0, 3) });
    expect(await library.importPack(pack)).toEqual({ story: 'rate-cut', added: 2, skipped: 3, recognition: null });
    expect((await library.sources('rate-cut')).sources).toHaveLength(5);
  });

  it('imports a two-source pack with the reason it cannot recognise its pages, in the reply and its row', async () => {
    const { library } = testLibrary();
    const pack = readPack(RATE_CUT_DIR);
    const few = { kind: 'few-sources', sources: 2 };
    expect(await library.importPack({ ...pack, sources: pack.sources.slice(0, 2) })).toMatchObject({ added: 2, recognition: few });
    expect((await library.rows()).find((r) => r.story.id === 'rate-cut')?.recognition).toEqual(few);
  });

  it('drops a removed source of an imported story from the story’s list', async () => {
    const { library } = testLibrary();
    const pack = readPack(RATE_CUT_DIR);
    await library.importPack(pack);
    await library.removeSource(pack.sources[0].id);
    const row = (await library.rows()).find((r) => r.story.id === 'rate-cut')!;
    expect(row.sources.map((s) => s.id)).toEqual(pack.sources.slice(1).map((s) => s.id));
    expect(row.sources.every((s) => s.origin === 'imported')).toBe(true);
  });

  it('loses nothing when storing fails: the import is all or nothing', async () => {
    const store = memoryStore();
    const { library } = testLibrary(store);
    store.failNextSave();
    await expect(library.importPack(readPack(RATE_CUT_DIR))).rejects.toThrow('quota exceeded');
    expect((await library.rows()).map((r) => r.story.id)).toEqual([NATO]);
    expect(await store.sources()).toEqual([]);
  });

  it('exports a story as a pack file that imports again', async () => {
    const { library } = testLibrary();
    await library.addPage(NATO, PAGE);
    const file = await library.exportPack(NATO);
    const back = parsePackFile(JSON.stringify(file));
    expect(back.story.id).toBe(NATO);
    expect(back.sources.map((s) => s.id)).toEqual([...realCorpus().sources.map((s) => s.id), PAGE.id]);
    expect(toPackFile(back)).toEqual(file);
  });

  it('switches a story off for detection, look-ups and search, and on again', async () => {
    const { library } = testLibrary();
    await library.importPack(readPack(RATE_CUT_DIR));
    await library.setEnabled('rate-cut', false);
    expect((await library.index()).stories.map((s) => s.id)).toEqual([NATO]);
    expect(await library.has('rate-cut')).toBe(false);
    expect((await library.rows()).find((r) => r.story.id === 'rate-cut')).toMatchObject({ enabled: false, origin: 'imported' });
    await library.setEnabled('rate-cut', true);
    expect(await library.has('rate-cut')).toBe(true);
  });

  it('lists every story with its sources, the reader’s marked', async () => {
    const { library } = testLibrary();
    await library.addPage(NATO, PAGE);
    const [row] = await library.rows();
    expect(row).toMatchObject({ origin: 'bundled', enabled: true, recognition: null });
    expect(row.sources.filter((s) => s.origin === 'added').map((s) => s.id)).toEqual([PAGE.id]);
    expect(row.sources.filter((s) => s.origin === 'bundled')).toHaveLength(5);
  });

  it('searches one story, or every story that is on', async () => {
    const { library } = testLibrary();
    await library.importPack(readPack(RATE_CUT_DIR));
    const storyOf = async (query: string, story: string | null) => new Set((await library.search(query, story)).map((r) => (r.source.startsWith('s') ? 'rate-cut' : NATO)));
    expect(await storyOf('inflation', 'rate-cut')).toEqual(new Set(['rate-cut']));
    expect(await storyOf('safe hands', NATO)).toEqual(new Set([NATO]));
    const both = await storyOf('prime minister', null);
    expect(both).toEqual(new Set([NATO, 'rate-cut']));
  });

  it('gives the same page the same id', () => {
    expect(pageSourceId('https://example.org/a')).toBe(pageSourceId('https://example.org/a'));
    expect(pageSourceId('https://example.org/a')).not.toBe(pageSourceId('https://example.org/b'));
    expect(pageSourceId('https://example.org/a')).toMatch(/^page-[0-9a-z]+$/);
  });
});
