import { describe, expect, it } from 'vitest';
import { detectIndex, eventDayTerms, prepareCorpus, prepareSource, prepareStory, sourceLabel } from '../../lib/corpus';
import { ANCHOR, EVENT_DAY, PERSON } from '../../lib/detect';
import type { StoryMeta } from '../../lib/pack';
import type { SourceFile } from '../../lib/sources';
import { generalData, natoPack, RATE_CUT_DIR, realCorpus } from './support/corpus';
import { readPack } from '../../scripts/packs';

const file = (id: string, body: string, title = ''): SourceFile => ({ id, title, outlet: 'Outlet', date: '', url: '', body });

const B = file(
  'b_two',
  [
    'ADVERTISEMENT',
    '',
    'Mark Rutte took over from Jens Stoltenberg on Tuesday. Mr. Rutte met U.S. officials.',
    'Rutte listened. Photographer: Jane Doe/Agency',
    '"I am not worried at all. I know both candidates very well," Rutte said.',
    'NATO’s 32 nations agreed, and 23 countries spend 2 percent of GDP.',
  ].join('\n'),
);
const A = file('a_one', 'Jens Stoltenberg led NATO for nearly a decade.\n"We will keep our one billion people," Stoltenberg said.', 'A title');

const META: StoryMeta = { id: 'tiny', title: 'Rutte takes over NATO', summary: 'Mark Rutte succeeds Jens Stoltenberg.', from: '2024-10-01', to: '2024-10-01', language: 'en' };

describe('prepareStory on two tiny sources', () => {
  const corpus = prepareStory({ story: META, sources: [B, A] }, generalData());

  it('sorts sources by id and keeps their metadata and text, and the story', () => {
    expect(corpus.story).toEqual(META);
    expect(corpus.sources.map((s) => s.id)).toEqual(['a_one', 'b_two']);
    expect(corpus.sources[0]).toMatchObject({ title: 'A title', outlet: 'Outlet', text: A.body });
    expect(corpus.sources[1].text).toBe(B.body);
    expect(corpus.vocab.threshold).toBeGreaterThanOrEqual(0.2);
    expect(corpus.vocab.threshold).toBeLessThanOrEqual(0.6);
  });

  it('gives sentences whose offsets cut exactly the sentence out of the text', () => {
    const b = corpus.sources[1];
    const sentences = b.sentences.map(([s, e]) => b.text.slice(s, e));
    expect(sentences).toEqual([
      'Mark Rutte took over from Jens Stoltenberg on Tuesday.',
      'Mr. Rutte met U.S. officials.',
      '"I am not worried at all.',
      'I know both candidates very well," Rutte said.',
      'NATO’s 32 nations agreed, and 23 countries spend 2 percent of GDP.',
    ]);
  });

  it('leaves furniture lines (ads, captions) out of the sentences', () => {
    const b = corpus.sources[1];
    const all = b.sentences.map(([s, e]) => b.text.slice(s, e)).join(' ');
    expect(all).not.toContain('ADVERTISEMENT');
    expect(all).not.toContain('Photographer');
  });

  it('gives quotes with speakers and offsets into the text', () => {
    const b = corpus.sources[1];
    expect(b.quotes.map((q) => [b.text.slice(q.start, q.end), q.speaker])).toEqual([
      ['I am not worried at all.', 'Mark Rutte'],
      ['I know both candidates very well', 'Mark Rutte'],
    ]);
    const a = corpus.sources[0];
    expect(a.quotes.map((q) => [a.text.slice(q.start, q.end), q.speaker])).toEqual([
      ['We will keep our one billion people', 'Jens Stoltenberg'],
    ]);
  });

  it('gives figures, quoted ones too, with ranges pointing into the text', () => {
    for (const s of corpus.sources) {
      for (const f of s.figures) expect(s.text.slice(f.ranges[0][0], f.ranges[0][1])).toBe(f.text);
    }
    const b = corpus.sources[1];
    expect(b.figures.map((f) => [f.value, f.unit])).toEqual([
      [32, 'count'],
      [23, 'count'],
      [2, 'percent'],
    ]);
    const a = corpus.sources[0];
    expect(a.figures.map((f) => [f.text, f.quoted])).toEqual([
      ['nearly a decade', false],
      ['one billion people', true],
    ]);
  });
});

describe('prepareSource', () => {
  it('does not mutate its input and carries no body field', () => {
    const copy = { ...A };
    const s = prepareSource(A);
    expect(A).toEqual(copy);
    expect('body' in s).toBe(false);
  });
});

describe('sourceLabel', () => {
  it('is the title when there is one', () => {
    expect(sourceLabel({ title: 'Rutte takes reins', text: 'Body text.' })).toBe('Rutte takes reins');
  });

  it('is the first real line when short, furniture lines skipped', () => {
    expect(sourceLabel({ title: '', text: 'ADVERTISEMENT\n\n  Rutte takes over at NATO.  \nMore.' })).toBe('Rutte takes over at NATO.');
  });

  it('is the opening words with an ellipsis when the line is long', () => {
    const label = sourceLabel({ title: '', text: 'one two three four five six seven eight nine, ten eleven twelve' });
    expect(label.endsWith('…')).toBe(true);
    expect(label).toMatch(/^one two three four five six seven eight/);
    expect(label).not.toContain('eleven');
    expect(label).not.toMatch(/[,;:.]…$/);
  });
});

describe('prepareCorpus and detectIndex on two real packs', () => {
  const rate = readPack(RATE_CUT_DIR);
  const corpus = prepareCorpus([natoPack(), rate], generalData());

  it('builds each story with its own vocabulary, threshold, anchors and people', () => {
    expect(corpus.version).toBe(2);
    const [nato, cut] = corpus.stories;
    expect(nato.story.id).toBe('nato-handover-2024');
    expect(cut.story.id).toBe('rate-cut');
    expect(nato.anchors).toEqual(expect.arrayContaining(['nato', 'rutte', 'stoltenberg']));
    expect(cut.anchors).toEqual(expect.arrayContaining(['vesland', 'reinholt']));
    expect(nato.people).toContain('rutte');
    expect(cut.people).toContain('reinholt');
    expect(new Map(nato.vocab.terms).has('reinholt')).toBe(false);
    expect(new Map(cut.vocab.terms).has('rutte')).toBe(false);
  });

  it('indexes every term once with each story’s weight', () => {
    const index = detectIndex(corpus.stories);
    expect(index.stories.map((s) => s.id)).toEqual(['nato-handover-2024', 'rate-cut']);
    expect(index.terms.rutte).toEqual([0, new Map(corpus.stories[0].vocab.terms).get('rutte'), ANCHOR + PERSON]);
    expect(index.terms.reinholt.slice(0, 1)).toEqual([1]);
    expect(index.terms.reinholt[2] % PERSON).toBe(ANCHOR);
    expect(index.stories[1]).toMatchObject({ from: Date.parse('2025-03-13'), to: Date.parse('2025-03-14'), threshold: corpus.stories[1].vocab.threshold, anchored: true });
  });
});

describe('the real corpus', () => {
  const corpus = realCorpus();

  it('has sentences, quotes and figures whose offsets all point into each text', () => {
    for (const s of corpus.sources) {
      expect(s.sentences.length).toBeGreaterThan(5);
      for (const [a, b] of s.sentences) {
        const t = s.text.slice(a, b);
        expect(t).toBe(t.trim());
        expect(t.length).toBeGreaterThan(0);
      }
      for (const q of s.quotes) expect(q.end).toBeGreaterThan(q.start);
      for (const f of s.figures) expect(s.text.slice(f.ranges[0][0], f.ranges[0][1])).toBe(f.text);
    }
  });

  it('keeps 003’s photo caption (with "Oct. 1") out of its sentences and figures', () => {
    const s = corpus.sources.find((x) => x.id.startsWith('003'))!;
    const text = s.sentences.map(([a, b]) => s.text.slice(a, b)).join(' ');
    expect(text).not.toContain('Photographer');
    expect(s.figures.some((f) => f.unit === 'date')).toBe(false);
  });

  it('keeps quoted figures of sources (000’s "one billion people")', () => {
    const s = corpus.sources.find((x) => x.id.startsWith('000'))!;
    const f = s.figures.find((x) => x.value === 1e9);
    expect(f).toMatchObject({ quoted: true, unit: 'count' });
    expect(f!.text).toMatch(/^one billion people/);
  });
});

describe('eventDayTerms and the index’s event days', () => {
  it('writes each day of the story as running text does, month first or day first, in full and short', () => {
    expect(eventDayTerms('2026-09-09', '2026-09-10')).toEqual(expect.arrayContaining(['september 9', '9 september', 'sep 9', 'sept 10', '10 sept']));
    expect(eventDayTerms('2026-09-09', '2026-09-10')).not.toContain('september 11');
    expect(eventDayTerms('2024-05-01', '2024-05-01')).toEqual(['may 1', '1 may']);
  });

  it('flags the event days in the detector’s index', () => {
    const index = detectIndex([realCorpus()]);
    expect(index.terms['october 1']?.[2]).toBe(EVENT_DAY);
    expect(index.terms['october 2']).toBeUndefined();
  });
});
