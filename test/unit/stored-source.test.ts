// How a story file stores its sources (lib/corpus.ts storeSource / readStoredSource) and their
// indexes (lib/source-index.ts), and that the matcher still reads sources stored in an older form.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractFigures, figureTerms, FIGURE_KEY_KINDS } from '../../lib/claims/figures';
import { prepareSource, readStoredSource, storeSource, type CorpusSource, type StoredSource } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { buildSourceIndex, isCurrentIndex, loadSourceIndex, termConcepts, termTable, type SourceIndex } from '../../lib/source-index';
import type { SourceFile } from '../../lib/sources';
import { splitSentences } from '../../lib/text/sentences';

const file = (id: string, body: string): SourceFile => ({ id, title: `Title ${id}`, outlet: 'The Gazette', date: '2026-03-01', url: `https://example.com/${id}`, body });

const COUNCIL = file(
  'council',
  [
    'The town council approved 12 new buses for the northern routes on Monday.',
    '"We have waited long enough for this," the council leader said after the vote.',
    'Fares will rise 3% in May, the first increase in four years.',
  ].join('\n'),
);
const CLUB = file(
  'club',
  ['The football club sold 40,000 season tickets before the summer break.', 'Its manager said the squad was the strongest it had been in a decade.'].join('\n'),
);

/** As a story file holds it: through JSON text and back. */
const viaFile = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

afterEach(() => vi.restoreAllMocks());

describe('storeSource and readStoredSource', () => {
  const source = prepareSource(COUNCIL);

  it('stores sentences, quotes and figures as JSON text, the rest as it is', () => {
    const stored = storeSource(source);
    expect(typeof stored.sentences).toBe('string');
    expect(typeof stored.quotes).toBe('string');
    expect(typeof stored.figures).toBe('string');
    expect(stored.text).toBe(source.text);
    expect(stored.index).toEqual(source.index);
    // The source itself is left as it was.
    expect(Array.isArray(source.figures)).toBe(true);
  });

  it('reads back what was stored, through a file', () => {
    // The fixture must have something in each parsed field, or the round trip proves little.
    expect(source.quotes.length).toBeGreaterThan(0);
    expect(source.figures.length).toBeGreaterThan(0);
    const read = readStoredSource(viaFile(storeSource(source)));
    expect(read).toEqual(viaFile(source));
    expect(read.sentences).toEqual(source.sentences);
    expect(read.quotes).toEqual(source.quotes);
    expect(read.figures).toEqual(source.figures);
  });

  it('parses nothing for the fields that are not stored as text', () => {
    const stored = viaFile(storeSource(source));
    const parse = vi.spyOn(JSON, 'parse');
    const read = readStoredSource(stored);
    expect([read.id, read.title, read.text, read.index]).toEqual([source.id, source.title, source.text, source.index]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('parses a field the first time it is read, once', () => {
    const read = readStoredSource(viaFile(storeSource(source)));
    const parse = vi.spyOn(JSON, 'parse');
    const first = read.figures;
    expect(read.figures).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(read.quotes).toBe(read.quotes);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('fails only when a broken field is read', () => {
    const broken: StoredSource = { ...viaFile(storeSource(source)), figures: '[{"kind": "figure",' };
    const read = readStoredSource(broken);
    expect(read.text).toBe(source.text);
    expect(read.index).toEqual(source.index);
    expect(read.sentences).toEqual(source.sentences);
    expect(() => read.figures).toThrow(SyntaxError);
  });

  it('takes a field set before it is read, without parsing it', () => {
    const read = readStoredSource({ ...viaFile(storeSource(source)), figures: 'not JSON' });
    read.figures = [];
    expect(read.figures).toEqual([]);
  });

  it('leaves the stored object as text', () => {
    const stored = viaFile(storeSource(source));
    const read = readStoredSource(stored);
    void read.sentences;
    expect(typeof stored.sentences).toBe('string');
  });
});

/** A caller's term ids, as the matcher keeps them: a table of its own, numbered from 0. */
function callerTable() {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const termId = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = terms.push(t) - 1));
    return n;
  };
  return { terms, termId, concepts: termConcepts((n) => terms[n], termId) };
}

const sentencesOf = (text: string) => splitSentences(text).map((s): [number, number] => [s.start, s.end]);

describe('the stored index with a story\'s shared term table', () => {
  const text = 'The town council approved 12 new buses. Fares will rise 3% in May.';
  const figures = extractFigures([text]);

  it('has the count figure and the percent figure the tests below read back', () => {
    expect(figures.map((f) => [f.text, f.unit])).toEqual([
      ['12 new buses', 'count'],
      ['3%', 'percent'],
    ]);
  });

  it('reads back the same words from a shared table as from its own', () => {
    const own = buildSourceIndex(text, sentencesOf(text), figures);
    // A table that already holds another source's words, so ids in it differ from the own table's.
    const shared = new Map<string, number>();
    buildSourceIndex('Supporters queued outside the stadium.', [[0, 38]], [], shared);
    const before = shared.size;
    const inShared = buildSourceIndex(text, sentencesOf(text), figures, shared);
    expect(inShared.terms).toBeUndefined();
    expect(own.terms).toBeDefined();
    expect(shared.size).toBeGreaterThan(before);

    const a = callerTable();
    const fromOwn = loadSourceIndex(own, a.termId, [], a.concepts);
    const b = callerTable();
    const sharedIds = termTable(shared).split(' ').map(b.termId);
    const fromShared = loadSourceIndex(inShared, b.termId, sharedIds, b.concepts);

    const words = (loaded: typeof fromOwn, terms: string[]) => Array.from(loaded.norms, (n) => terms[n]);
    expect(words(fromShared, b.terms)).toEqual(words(fromOwn, a.terms));
    expect(words(fromOwn, a.terms)).toEqual(['the', 'town', 'council', 'approved', '12', 'new', 'buses', 'fares', 'will', 'rise', '3', 'in', 'may']);
    expect(Array.from(fromShared.tokenBreaks)).toEqual(Array.from(fromOwn.tokenBreaks));
    // Concepts come through the caller's ids too: the same concept words either way.
    expect(Array.from(fromShared.concepts, (n) => b.terms[n])).toEqual(Array.from(fromOwn.concepts, (n) => a.terms[n]));
  });

  it('reads back one entry per figure: its keys, and whether it counts', () => {
    const shared = new Map<string, number>([['stadium', 0]]);
    const index = buildSourceIndex(text, sentencesOf(text), figures, shared);
    const c = callerTable();
    const loaded = loadSourceIndex(index, c.termId, termTable(shared).split(' ').map(c.termId), c.concepts);
    expect(loaded.figureBreaks).toHaveLength(figures.length + 1);
    expect(Array.from(loaded.countFigures)).toEqual([1, 0]);
    figures.forEach((f, i) => {
      const keys = Array.from(loaded.figureKeys.subarray(loaded.figureBreaks[i], loaded.figureBreaks[i + 1]), (k): [number, string] => [
        k % FIGURE_KEY_KINDS,
        c.terms[Math.floor(k / FIGURE_KEY_KINDS)],
      ]);
      expect(keys, f.text).toEqual(figureTerms(f));
    });
  });

  it('reads back where each word stands', () => {
    const shared = new Map<string, number>();
    const index = buildSourceIndex(text, sentencesOf(text), figures, shared);
    const c = callerTable();
    const loaded = loadSourceIndex(index, c.termId, termTable(shared).split(' ').map(c.termId), c.concepts);
    const raw = Array.from(loaded.tokenStart, (a, i) => text.slice(a, loaded.tokenEnd[i]));
    expect(raw).toEqual(['The', 'town', 'council', 'approved', '12', 'new', 'buses', 'Fares', 'will', 'rise', '3', 'in', 'May']);
    expect(loaded.tokenStart[7]).toBe(text.indexOf('Fares'));
    expect(Array.from(loaded.sentenceOf)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('stores only strings, which JSON keeps as they are', () => {
    const index = buildSourceIndex(text, sentencesOf(text), figures, new Map());
    expect(viaFile(index)).toEqual(index);
  });
});

describe('sources stored in an older form', () => {
  const OLD: SourceIndex = { terms: 'x', code: '#' } as unknown as SourceIndex;

  it('tells an index without offsets from a current one', () => {
    expect(isCurrentIndex(OLD)).toBe(false);
    expect(isCurrentIndex(undefined)).toBe(false);
    expect(isCurrentIndex(prepareSource(COUNCIL).index)).toBe(true);
  });

  const claim = (text: string) => ({ kind: 'quote' as const, text, speaker: null, block: 0, ranges: [[0, text.length]] as [number, number][] });
  const QUOTE = 'We have waited long enough for this';

  it('are indexed again when loaded, and still give evidence', () => {
    const sources: CorpusSource[] = [prepareSource(COUNCIL), prepareSource(CLUB)];
    sources[0] = { ...sources[0], index: OLD };
    const r = createMatcher({ sources, names: [] }).matchClaim(claim(QUOTE));
    expect(r.verdict).toBe('corroborated');
    const e = r.evidence.find((x) => x.source === 'council');
    expect(e?.match).toBe('exact');
    expect(COUNCIL.body.slice(e!.start, e!.end)).toBe(e!.passage);
    expect(e!.passage).toContain(QUOTE);
  });

  it('are indexed again when numbered in a story table the matcher is not given', () => {
    const shared = new Map<string, number>();
    const sources = [prepareSource(CLUB, shared), prepareSource(COUNCIL, shared)];
    expect(sources[1].index?.terms).toBeUndefined();
    const r = createMatcher({ sources, names: [] }).matchClaim(claim(QUOTE));
    expect(r.evidence.map((e) => [e.source, e.match])).toEqual([['council', 'exact']]);
  });

  it('match the same with the story table given as with their own tables', () => {
    const shared = new Map<string, number>();
    const inShared = [prepareSource(CLUB, shared), prepareSource(COUNCIL, shared)];
    const own = [prepareSource(CLUB), prepareSource(COUNCIL)];
    const figure = extractFigures(['The council said it approved 12 new buses.'])[0];
    for (const c of [claim(QUOTE), claim('the squad was the strongest it had been'), figure]) {
      const a = createMatcher({ sources: inShared, names: [], terms: termTable(shared) }).matchClaim(c);
      const b = createMatcher({ sources: own, names: [] }).matchClaim(c);
      expect(a).toEqual(b);
      expect(a.verdict).not.toBe('unique');
    }
  });
});
