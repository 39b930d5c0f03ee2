// Can a story recognise its own pages? Worked out at import from its sources, each left out.
import { describe, expect, it } from 'vitest';
import { prepareStory } from '../../lib/corpus';
import { importedNote, recognitionFault, recognitionNote } from '../../lib/recognition';
import { readPack } from '../../scripts/packs';
import { generalData, natoPack, RATE_CUT_DIR } from './support/corpus';

describe('recognitionFault', () => {
  it('faults a story of fewer than three sources, whatever its scores', () => {
    expect(recognitionFault(2, { threshold: 0.2, leftOut: [] })).toEqual({ kind: 'few-sources', sources: 2 });
    expect(recognitionFault(1, { threshold: 0.2, leftOut: [0.9] })).toEqual({ kind: 'few-sources', sources: 1 });
  });

  it('faults a story when fewer than half its sources, each left out, reach its threshold', () => {
    expect(recognitionFault(4, { threshold: 0.3, leftOut: [0.5, 0.1, 0.2, 0.29] })).toEqual({ kind: 'below-threshold', sources: 4, reached: 1 });
    expect(recognitionFault(4, { threshold: 0.3, leftOut: [0.5, 0.3, 0.2, 0.1] })).toBeNull();
  });

  it('says why in one sentence, as a row and as an import', () => {
    expect(recognitionNote({ kind: 'few-sources', sources: 2 })).toBe('This story has only 2 sources: Triangulate needs 3 to recognise its pages.');
    expect(importedNote({ kind: 'few-sources', sources: 2 })).toBe('Imported, but this story has only 2 sources: Triangulate needs 3 to recognise its pages.');
    expect(importedNote({ kind: 'below-threshold', sources: 4, reached: 1 })).toMatch(/^Imported, but only 1 of this story's 4 sources[^.]*\.$/);
  });
});

describe('a story prepared from a pack', () => {
  const general = generalData();
  const rateCut = readPack(RATE_CUT_DIR);

  it('gives a good pack no fault', () => {
    expect(prepareStory(natoPack(), general).recognition).toBeNull();
    expect(prepareStory(rateCut, general).recognition).toBeNull();
  });

  it('faults a two-source pack', () => {
    expect(prepareStory({ ...rateCut, sources: rateCut.sources.slice(0, 2) }, general).recognition).toEqual({ kind: 'few-sources', sources: 2 });
  });

  it('faults a pack whose sources, each left out, do not reach its threshold', () => {
    // Four unrelated articles under one story's title: left out, none finds its words in the others.
    const mixed = { ...rateCut, sources: general.news.slice(0, 4).map((body, i) => ({ ...rateCut.sources[0], id: `other-${i}`, body })) };
    const story = prepareStory(mixed, general);
    expect(story.recognition).toMatchObject({ kind: 'below-threshold', sources: 4 });
  });
});
