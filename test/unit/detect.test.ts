import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/article';
import { articleCoverage } from '../../lib/analyze';
import { detectIndex } from '../../lib/corpus';
import {
  ANCHOR, coverageScore, detectStory, EVENT_DAY, pageDate, PERSON, samplePage, storyScores,
  type DetectIndex, type DetectVocab, type PageSample,
} from '../../lib/detect';
import { realCorpus, sourceFiles, storyOf } from './support/corpus';

// The vocabulary as the build makes it, from the real story pack (never from /work/shared).
const vocab = realCorpus().vocab;

const RUTTE: PageSample = {
  title: 'Mark Rutte takes over as NATO secretary general',
  lead: 'Former Dutch Prime Minister Mark Rutte took over from Jens Stoltenberg as secretary general of the NATO alliance on Tuesday, pledging to keep supporting Ukraine.',
  body: 'Rutte said he was not worried about the US election. Stoltenberg led the alliance for a decade. Allies are spending more on defense as Russia presses its war in Ukraine.',
};

const FOOTBALL: PageSample = {
  title: 'Ajax beat PSV 3-1 in Amsterdam thriller',
  lead: 'Ajax came from behind to beat PSV 3-1 on Sunday, with two late goals from their striker sealing the win in front of a packed Johan Cruyff Arena.',
  body: 'The coach praised his players after the match. PSV remain top of the Eredivisie table on goal difference. The next fixture is away at Feyenoord.',
};

const TECH_FILLER =
  'The new chip design promises faster processing and lower power use for laptops and phones. Engineers said the company had spent years refining the architecture, and analysts expect strong sales. ';
const TECH_ASIDE: PageSample = {
  title: 'Chipmaker unveils new processor for laptops',
  lead: TECH_FILLER.repeat(2),
  body: TECH_FILLER.repeat(15) + 'Some of the chips also end up in NATO communications equipment, the company said. ' + TECH_FILLER.repeat(15),
};

const DUTCH_CABINET: PageSample = {
  title: 'New Dutch cabinet sworn in after months of talks',
  lead: 'King Willem-Alexander swore in a new Dutch cabinet on Tuesday after months of coalition talks between four parties, ending a long caretaker period.',
  body:
    'The coalition agreement promises stricter asylum rules and tax cuts for middle-income households. ' +
    'The previous government, led by Mark Rutte, collapsed last year over migration policy. ' +
    'Opposition parties criticised the plans for housing and healthcare, and economists questioned how the tax cuts would be paid for. ' +
    'The new prime minister said his first priority would be to cut waiting lists for housing.',
};

const isCoverage = (sample: PageSample, v: DetectVocab) => coverageScore(sample, v) >= v.threshold;

describe('coverageScore', () => {
  it('scores a Rutte/NATO article higher than a football report', () => {
    expect(coverageScore(RUTTE, vocab)).toBeGreaterThan(coverageScore(FOOTBALL, vocab));
  });

  it('puts the Rutte article at or above the threshold and the football report below', () => {
    expect(isCoverage(RUTTE, vocab)).toBe(true);
    expect(isCoverage(FOOTBALL, vocab)).toBe(false);
  });

  it('keeps a long tech story that names NATO once below the threshold', () => {
    const score = coverageScore(TECH_ASIDE, vocab);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(vocab.threshold);
    expect(isCoverage(TECH_ASIDE, vocab)).toBe(false);
  });

  it('keeps an article on a Dutch cabinet that names Rutte once below the threshold', () => {
    expect(isCoverage(DUTCH_CABINET, vocab)).toBe(false);
  });

  it('scores an empty page 0', () => {
    expect(coverageScore({ title: '', lead: '' }, vocab)).toBe(0);
    expect(coverageScore({ title: '', lead: '', body: '' }, vocab)).toBe(0);
  });

  it('stays within [0, 1] and is rounded to three decimals', () => {
    const flood = 'NATO Rutte Stoltenberg secretary general alliance Ukraine defense spending '.repeat(200);
    for (const sample of [RUTTE, FOOTBALL, TECH_ASIDE, { title: flood, lead: flood, body: flood }]) {
      const s = coverageScore(sample, vocab);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(Math.round(s * 1000) / 1000).toBe(s);
    }
    expect(coverageScore({ title: flood, lead: flood, body: flood }, vocab)).toBe(1);
  });

  it('weighs the title: the same text scores higher under a title on the story', () => {
    const plain = { ...RUTTE, title: 'Today in Brussels' };
    expect(coverageScore(RUTTE, vocab)).toBeGreaterThan(coverageScore(plain, vocab));
  });

  it('weighs density: the same mentions in a longer body score lower', () => {
    const diluted = { ...RUTTE, body: RUTTE.body + ' ' + TECH_FILLER.repeat(20) };
    expect(coverageScore(diluted, vocab)).toBeLessThan(coverageScore(RUTTE, vocab));
  });

  it('gives nothing for an empty vocabulary', () => {
    expect(coverageScore(RUTTE, { terms: [], threshold: 0.4 })).toBe(0);
  });

  it('finds every real source coverage against a story built from the other four', () => {
    const files = sourceFiles();
    for (const f of files) {
      const others = storyOf(files.filter((g) => g !== f));
      expect(articleCoverage(articleFromText(f.body), detectIndex([others])).detected, f.id).toBe(true);
    }
  });
});

describe('the score a page needs (storyScores) and detectStory', () => {
  const index: DetectIndex = {
    stories: [{ id: 'handover', threshold: 0.4, from: Date.parse('2024-10-01'), to: Date.parse('2024-10-01'), anchored: true }],
    terms: { nato: [0, 1, ANCHOR], rutte: [0, 1, ANCHOR + PERSON], alliance: [0, 0.5, 0], 'secretary general': [0, 0.8, 0] },
  };
  const needed = (sample: PageSample, shift = 0) => storyScores(sample, index, shift)[0].needed;
  const day = (iso: string) => Date.parse(iso);

  it('is the story threshold for an undated page that names the anchors', () => {
    expect(needed(RUTTE)).toBe(0.4);
  });

  it('moves with the strictness shift', () => {
    expect(needed(RUTTE, 0.05)).toBeCloseTo(0.45);
    expect(needed(RUTTE, -0.05)).toBeCloseTo(0.35);
  });

  it('is out of reach for a page whose text does not name the anchors twice, whatever its title', () => {
    expect(needed({ title: 'Rutte takes over at NATO', lead: 'Ajax beat PSV 3-1 on Sunday.', body: 'The coach praised his players.' })).toBe(Infinity);
  });

  it('is out of reach for a page that does not name the anchors twice, whatever its score', () => {
    const page = { title: 'Alliance leader changes', lead: 'The new secretary general of the alliance took office at NATO.', body: 'Defence spending rose.' };
    expect(storyScores(page, index)[0].score).toBeGreaterThan(0.4);
    expect(needed(page)).toBe(Infinity);
  });

  it('is out of reach well before the story, and much higher in the days before', () => {
    expect(needed({ ...RUTTE, date: day('2022-07-06') })).toBe(Infinity);
    expect(needed({ ...RUTTE, date: day('2024-09-28') })).toBeCloseTo(0.76);
    expect(needed({ ...RUTTE, date: day('2024-10-01') })).toBe(0.4);
  });

  it('takes a later page only with the story’s people in its title or lead, and asks a little more', () => {
    expect(needed({ ...RUTTE, date: day('2025-06-25') })).toBeCloseTo(0.52);
    const passing = { title: 'Summit preview: what to expect', lead: 'Leaders meet next week at the NATO summit on spending.', body: 'Rutte will chair it. NATO members disagree.', date: day('2025-06-20') };
    expect(needed(passing)).toBe(Infinity);
    expect(needed({ ...passing, body: 'Rutte will chair it. Rutte wants more. Rutte said so.' })).toBeCloseTo(0.52);
  });

  it('takes a page whose headline names none of the story only when it names the story’s people three times', () => {
    const rival = { title: 'Alliance partner lifts spending', lead: 'The alliance partner raised its budget, a day after NATO met.', body: 'NATO welcomed it.' };
    expect(needed(rival)).toBe(Infinity);
    expect(needed({ ...rival, body: 'NATO welcomed it. Rutte said so. Rutte met them. Rutte agreed.' })).toBe(0.4);
    expect(needed({ ...rival, title: 'Rutte welcomes partner’s spending' })).toBe(0.4);
  });

  it('asks much more of a page dated the day before the story: an earlier event', () => {
    expect(needed({ ...RUTTE, date: day('2024-09-30') })).toBeCloseTo(0.76);
  });

  it('takes a page dated before the story that names the event’s day while it is ahead (an announcement)', () => {
    const days = { ...index, terms: { ...index.terms, 'october 1': [0, 0, EVENT_DAY], '1 october': [0, 0, EVENT_DAY] } };
    const ahead = { ...RUTTE, lead: `${RUTTE.lead} He takes office on October 1.` };
    expect(storyScores({ ...ahead, date: day('2024-06-20') }, days)[0].needed).toBe(0.4);
    // Last year's edition names the same day of its own year: not ahead of the story.
    expect(storyScores({ ...ahead, date: day('2023-10-01') }, days)[0].needed).toBe(Infinity);
    expect(storyScores({ ...RUTTE, date: day('2024-06-20') }, days)[0].needed).toBe(Infinity);
  });

  it('picks the story a page covers among several, and none for a page that covers neither', () => {
    const other = { ...realCorpus(), story: { ...realCorpus().story, id: 'other' }, vocab: { terms: [['ajax', 1], ['psv', 1], ['eredivisie', 1]] as [string, number][], threshold: 0.3 }, anchors: ['ajax', 'psv'], people: [] };
    const both = detectIndex([realCorpus(), other]);
    expect(storyScores(RUTTE, both)).toHaveLength(2);
    expect(detectStory(RUTTE, both).story).toBe(realCorpus().story.id);
    expect(detectStory(FOOTBALL, both).story).toBe('other');
    expect(detectStory(TECH_ASIDE, both)).toMatchObject({ story: null });
  });

  it('ignores words that are Object.prototype names', () => {
    expect(() => storyScores({ title: 'constructor toString __proto__ hasOwnProperty', lead: 'constructor' }, index)).not.toThrow();
    expect(storyScores({ title: 'constructor __proto__', lead: 'valueOf' }, index)[0].score).toBe(0);
  });
});

describe('pageDate', () => {
  const doc = (head: string, body = '') => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

  it('reads the published time, else the first <time datetime>', () => {
    expect(pageDate(doc('<meta property="article:published_time" content="2025-03-13T18:40:00+01:00">'))).toBe(Date.parse('2025-03-13'));
    expect(pageDate(doc('', '<time datetime="2024-03-14T14:05:00+01:00">14 March</time><time datetime="2020-01-01">x</time>'))).toBe(Date.parse('2024-03-14'));
  });

  it('gives null for a page without a date or with a bad one', () => {
    expect(pageDate(doc(''))).toBeNull();
    expect(pageDate(doc('<meta property="article:published_time" content="yesterday">'))).toBeNull();
  });
});

describe('samplePage', () => {
  const html = `<!doctype html><html><head><title>Rutte takes over | Paper</title>
    <meta name="description" content="The new NATO chief."><meta property="og:title" content="Rutte takes over at NATO"></head>
    <body><nav><p>Home</p><p>World</p></nav>
    <article><h1>Rutte takes over</h1><h2>A new chief</h2>
    ${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join('')}
    </article><footer><p>Footer text</p></footer></body></html>`;
  const sample = samplePage(parseHTML(html).document as unknown as Document);

  it('joins the document title and a different og:title', () => {
    expect(sample.title).toBe('Rutte takes over | Paper Rutte takes over at NATO');
  });

  it('reads the lead from the description, headings and the first two paragraphs of the article', () => {
    expect(sample.lead).toContain('The new NATO chief.');
    expect(sample.lead).toContain('Rutte takes over');
    expect(sample.lead).toContain('A new chief');
    expect(sample.lead).toContain('Paragraph 1.');
    expect(sample.lead).toContain('Paragraph 2.');
    expect(sample.lead).not.toContain('Paragraph 3.');
  });

  it('reads the body from the next paragraphs, up to eight in all, never nav or footer', () => {
    expect(sample.body).toContain('Paragraph 3.');
    expect(sample.body).toContain('Paragraph 8.');
    expect(sample.body).not.toContain('Paragraph 9.');
    expect(`${sample.lead}\n${sample.body}`).not.toMatch(/Home|World|Footer/);
  });

  it('clips each piece of text', () => {
    const long = 'word '.repeat(2000);
    const s = samplePage(parseHTML(`<html><head><title>${long}</title></head><body><p>${long}</p><p>${long}</p><p>${long}</p></body></html>`).document as unknown as Document);
    expect(s.title.length).toBeLessThanOrEqual(2000);
    expect(s.body!.length).toBeLessThanOrEqual(2000);
  });
});
