// Story packs: story.json, whole packs from files, and pack files as the options page imports them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, PackError, parsePack, parsePackFile, parseStoryMeta, toPackFile } from '../../lib/pack';
import { SourceFileError } from '../../lib/sources';
import { readPack } from '../../scripts/packs';
import { RATE_CUT_DIR } from './support/corpus';

const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const STORY = { id: 'rate-cut', title: 'A rate cut', summary: 'The bank cut rates.', from: '2025-03-13', to: '2025-03-14', language: 'en' };
const SOURCE = { id: 's1', title: 'Bank cuts', outlet: 'Wire', date: '2025-03-13', url: 'https://example.org/a', body: 'The bank cut its rate on Thursday.' };
const packText = (over: Record<string, unknown> = {}) => JSON.stringify({ triangulatePack: 1, story: STORY, sources: [SOURCE], ...over });

describe('parseStoryMeta', () => {
  it('reads a good story.json', () => {
    expect(parseStoryMeta('story.json', enc(STORY))).toEqual(STORY);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['an array', [], /not a JSON object/],
    ['an id with capitals', { ...STORY, id: 'Rate' }, /id must be/],
    ['no title', { ...STORY, title: ' ' }, /title must be a non-empty string/],
    ['a date that is not a date', { ...STORY, from: '2025-13-45' }, /dates as YYYY-MM-DD/],
    ['an end before the start', { ...STORY, to: '2025-03-01' }, /to is before from/],
    ['another language', { ...STORY, language: 'nl' }, /not supported/],
  ])('refuses %s with one line', (_, value, fault) => {
    expect(() => parseStoryMeta('story.json', enc(value))).toThrow(fault);
    try {
      parseStoryMeta('story.json', enc(value));
    } catch (e) {
      expect(e).toBeInstanceOf(SourceFileError);
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('parsePack', () => {
  it('reads a folder’s files and names a fault with the file', () => {
    const good = parsePack('rate-cut', enc(STORY), [{ name: 'a.txt', bytes: enc('title: T\n---\nBody text.') }]);
    expect(good.sources.map((s) => s.id)).toEqual(['a']);
    expect(() => parsePack('rate-cut', null, [])).toThrow('rate-cut/story.json: missing');
    expect(() => parsePack('rate-cut', enc(STORY), [])).toThrow('rate-cut/sources: no .txt source files');
    expect(() => parsePack('other', enc(STORY), [{ name: 'a.txt', bytes: enc('---\nx') }])).toThrow(/differs from the folder's name/);
  });
});

describe('pack files', () => {
  it('round-trips a real pack folder through a pack file', () => {
    const pack = readPack(RATE_CUT_DIR);
    expect(parsePackFile(JSON.stringify(toPackFile(pack)))).toEqual(pack);
  });

  it.each([
    ['text that is not JSON', 'not json', 'The file is not JSON.'],
    ['JSON that is not a pack', '{"sources": []}', 'The file is not a Triangulate story pack (no "triangulatePack": 1).'],
    ['a pack of another version', packText({ triangulatePack: 2 }), /not a Triangulate story pack/],
    ['a pack with a bad story', packText({ story: { ...STORY, from: 'soon' } }), /The pack's story is not valid: from and to must be dates/],
    ['a pack without sources', packText({ sources: [] }), 'The pack has no sources.'],
    ['a source without a body', packText({ sources: [{ ...SOURCE, body: '  ' }] }), 'Source 1 ("s1") has no body.'],
    ['a source missing a field', packText({ sources: [{ id: 's1', body: 'x' }] }), 'Source 1 has no text field "title".'],
    ['duplicate source ids', packText({ sources: [SOURCE, SOURCE] }), 'Source 2 repeats the id "s1".'],
    ['a source id with a slash', packText({ sources: [{ ...SOURCE, id: '../x' }] }), /Source 1 has an id with characters/],
    ['a javascript: address', packText({ sources: [{ ...SOURCE, url: 'javascript:alert(1)' }] }), /not http\(s\)/],
  ])('refuses %s with one line', (_, text, message) => {
    expect(() => parsePackFile(text)).toThrow(PackError);
    expect(() => parsePackFile(text)).toThrow(message);
  });

  it('refuses a file over 50 MB before reading it', () => {
    expect(() => parsePackFile(' '.repeat(MAX_PACK_BYTES + 1))).toThrow('The file is over 50 MB.');
  });

  it('never throws anything but a PackError, and a one-line one, on any input', () => {
    const anyJson = fc.jsonValue().map((v) => JSON.stringify(v));
    const nearPack = fc.record({
      triangulatePack: fc.constantFrom(1, 2, '1'),
      story: fc.oneof(fc.constant(STORY), fc.jsonValue()),
      sources: fc.array(fc.oneof(fc.constant(SOURCE), fc.dictionary(fc.constantFrom(...Object.keys(SOURCE)), fc.oneof(fc.string(), fc.integer())))),
    }).map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyJson, nearPack), (text) => {
        try {
          const pack = parsePackFile(text);
          expect(pack.sources.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(PackError);
          expect((e as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });
});
