// Is this page coverage of one of the stories? Each story scores the page from its own
// vocabulary (terms its sources share and general English and news do not), weighted by where
// they occur (title, lead) and how dense they are; the page's date is held against the story's.
// Pure and small: the always-injected detector imports it, so it must stay tiny.

export interface DetectVocab {
  /** [term, weight]; a term is one lower-case word or two joined by a space. */
  terms: [string, number][];
  threshold: number;
}

/** One story as the detector knows it. */
export interface DetectStory {
  id: string;
  threshold: number;
  /** The story's window, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Surnames (lower case) of the people at the story's centre. */
  people: string[];
  /** The names (lower case) the story's title and summary give it: a page on the story names
   * at least one of them twice. */
  anchors: string[];
}

/** Every story's vocabulary in one map, so a page is read once whatever the number of stories:
 * term -> [story index, weight, story index, weight, …]. */
export interface DetectIndex {
  stories: DetectStory[];
  terms: Record<string, number[]>;
}

export interface PageSample {
  title: string;
  /** Headings and the first paragraphs. */
  lead: string;
  /** More of the body, when cheaply available. */
  body?: string;
  /** The page's own date (ms since 1970), when it states one. */
  date?: number | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function detectWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/** Weighted term hits of some words for each story. */
function hits(words: string[], index: DetectIndex): number[] {
  const sums = index.stories.map(() => 0);
  const add = (term: string) => {
    const entry = Object.hasOwn(index.terms, term) ? index.terms[term] : undefined;
    for (let k = 0; entry && k < entry.length; k += 2) sums[entry[k]] += entry[k + 1];
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]);
    if (i + 1 < words.length) add(words[i] + ' ' + words[i + 1]);
  }
  return sums;
}

/** A sample's words: [title, lead, body]. */
type SampleWords = [string[], string[], string[]];
const wordsOf = (sample: PageSample): SampleWords => [detectWords(sample.title), detectWords(sample.lead), detectWords(sample.body ?? '')];

/** Each story's score in [0, 1]: title and lead hits count most; body density adds the rest. */
export function storyScores(sample: PageSample, index: DetectIndex, sampleWords = wordsOf(sample)): number[] {
  const [title, lead, body] = sampleWords.map((w) => hits(w, index));
  const words = sampleWords[1].length + sampleWords[2].length;
  return title.map((t, s) => {
    // Density: weighted hits per 100 words, so a long page with one aside stays low.
    const density = words ? (100 * (lead[s] + body[s])) / words : 0;
    const raw = (0.35 * Math.min(t, 3)) / 3 + (0.25 * Math.min(lead[s], 6)) / 6 + (0.4 * Math.min(density, 8)) / 8;
    return Math.round(raw * 1000) / 1000;
  });
}

/** The index of one story's vocabulary alone. */
export function indexOf(vocab: DetectVocab, story: Partial<DetectStory> = {}): DetectIndex {
  const terms: Record<string, number[]> = {};
  for (const [t, w] of vocab.terms) terms[t] = [0, w];
  return { stories: [{ id: '', from: '', to: '', people: [], anchors: [], ...story, threshold: vocab.threshold }], terms };
}

/** A score in [0, 1] for one story's vocabulary. */
export function coverageScore(sample: PageSample, vocab: DetectVocab): number {
  return storyScores(sample, indexOf(vocab))[0];
}

const DAY = 864e5;

/** The score a page needs for a story. A page that never names the story's anchors twice is
 * not coverage, however many of its topic words it uses. A page dated before the story began
 * cannot report it: within a week of the start (a preview, a clock off by a day) it needs much
 * more, earlier it is not coverage. A later page needs a little more, and the story's people
 * in its title or lead (or often), as CLAIMS.md §1 asks. */
export function neededScore(story: DetectStory, sample: PageSample, shift = 0, sampleWords = wordsOf(sample)): number {
  const [title, lead, body] = sampleWords;
  const uses = (w: string) => title.filter((x) => x === w).length + lead.filter((x) => x === w).length + body.filter((x) => x === w).length;
  if (story.anchors.length && story.anchors.reduce((n, a) => n + uses(a), 0) < 2) return Infinity;
  const base = Math.min(0.95, Math.max(0.05, story.threshold + shift));
  const date = sample.date;
  if (!date) return base;
  const from = Date.parse(story.from);
  if (date < from - 7 * DAY) return Infinity;
  if (date < from - DAY) return base + (1 - base) * 0.6;
  if (date > Date.parse(story.to) + 2 * DAY) {
    const central = story.people.some((p) => title.includes(p) || lead.includes(p) || uses(p) >= 3);
    return central ? base + (1 - base) * 0.2 : Infinity;
  }
  return base;
}

/** The story the page covers best among those it covers, or null; `shift` moves every
 * threshold (the strictness setting). */
export function detectStory(sample: PageSample, index: DetectIndex, shift = 0): { story: string | null; score: number } {
  const words = wordsOf(sample);
  const scores = storyScores(sample, index, words);
  let best: { story: string | null; score: number } = { story: null, score: Math.max(0, ...scores) };
  let margin = 0;
  index.stories.forEach((s, i) => {
    const over = scores[i] - neededScore(s, sample, shift, words);
    if (over >= 0 && (best.story === null || over > margin)) {
      best = { story: s.id, score: scores[i] };
      margin = over;
    }
  });
  return best;
}

/** Enough text to decide, read with textContent only (no layout), each piece clipped. */
const PARAGRAPHS = 8;
const LEAD_PARAGRAPHS = 2;
const CLIP = 2000;

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').slice(0, CLIP);

/** The date a page states for itself: its published-time metadata or its first <time>. */
export function pageDate(doc: Document): number | null {
  const el = doc.querySelector('meta[property="article:published_time"],meta[itemprop="datePublished"],meta[name="date"],time[datetime]');
  const ms = Date.parse(el?.getAttribute(el.tagName === 'TIME' ? 'datetime' : 'content')?.slice(0, 10) ?? '');
  return Number.isNaN(ms) ? null : ms;
}

/** The cheap text of a page: title, meta, headings and the first paragraphs. Walks live
 * collections only as far as it reads, so a page of 100,000 paragraphs costs what a short one does. */
export function samplePage(doc: Document): PageSample {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';
  const ogTitle = meta('meta[property="og:title"]');
  const title = doc.title.includes(ogTitle) ? doc.title : `${doc.title} ${ogTitle}`;
  // The article, when the page marks it, keeps nav, banners and comments out of the sample.
  const marked = doc.querySelector('article') ?? doc.querySelector('main');
  const root = marked && marked.getElementsByTagName('p').length >= LEAD_PARAGRAPHS ? marked : doc.body;
  const ps = root ? root.getElementsByTagName('p') : [];
  const paragraphs: string[] = [];
  for (let i = 0; i < ps.length && i < PARAGRAPHS; i++) paragraphs.push(textOf(ps[i]));
  const h2s = root?.getElementsByTagName('h2');
  const headings = [doc.getElementsByTagName('h1')[0], h2s?.[0], h2s?.[1], h2s?.[2]];
  return {
    title: title.slice(0, CLIP),
    lead: [meta('meta[name="description"]'), ...headings.map(textOf), ...paragraphs.slice(0, LEAD_PARAGRAPHS)].join('\n'),
    body: paragraphs.slice(LEAD_PARAGRAPHS).join('\n'),
    date: pageDate(doc),
  };
}

/** How the strictness setting moves every story's threshold. */
export const COVERAGE_SHIFT = { strict: 0.05, balanced: 0, lenient: -0.05 } as const;

/** Where the background keeps the DetectIndex for the detector (storage.local). */
export const DETECT_INDEX_KEY = 'detectIndex';
