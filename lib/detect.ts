// Is this page coverage of one of the stories? Each story scores the page from its own
// vocabulary (terms its sources share and general English and news do not), weighted by where
// they occur (title, lead) and how dense they are; the page's date is held against the story's.
// Pure and small: the always-injected detector imports it, so it must stay tiny.
import { plainWords } from './text/tokens';

export interface DetectVocab {
  /** [term, weight]; a term is one lower-case word or two joined by a space. */
  terms: [string, number][];
  threshold: number;
}

/** One story as the detector knows it. */
export interface DetectStory {
  id: string;
  threshold: number;
  /** The story's window: its first and last day (ms since 1970). */
  from: number;
  to: number;
  /** Whether the story has anchors (names its title and summary give it): a page on such a
   * story names them at least twice. */
  anchored: boolean;
}

// A term's uses are counted in one number per story, each kind in its own three decimal digits
// (the text the detector reads is too short for a thousand uses): a term is
// one of the names the story's title and summary give it (ANCHOR), the surname of one of the
// people at its centre (PERSON), or a day of its event as text writes it ("september 9", EVENT_DAY).
export const ANCHOR = 1;
export const PERSON = 1e3;
export const EVENT_DAY = 1e6;

/** How many uses of one kind (ANCHOR, PERSON, EVENT_DAY) a packed count holds. */
const uses = (packed: number, kind: number) => ((packed / kind) | 0) % 1e3;

/** Every story's vocabulary in one map, so a page is read once whatever the number of stories:
 * term -> [story index, weight, kinds (ANCHOR + PERSON + EVENT_DAY), story index, …]. */
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

/** For one text and each story: [weighted term hits, packed uses (see `uses`), word count]. */
function hits(text: string | undefined, index: DetectIndex): [number[], number[], number] {
  const zeros = () => index.stories.map(() => 0);
  const out: [number[], number[], number] = [zeros(), zeros(), 0];
  const words = plainWords(text ?? '');
  const add = (term: string) => {
    const e = Object.hasOwn(index.terms, term) ? index.terms[term] : [];
    for (let k = 0; k < e.length; k += 3) {
      out[0][e[k]] += e[k + 1];
      out[1][e[k]] += e[k + 2];
    }
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]);
    if (i + 1 < words.length) add(words[i] + ' ' + words[i + 1]);
  }
  out[2] = words.length;
  return out;
}

const DAY = 864e5;

/** Each story's score in [0, 1] (title and lead hits count most; body density adds the rest)
 * and the score the page needs for it (CLAIMS.md §1: coverage is of the story's event).
 * - A page whose text (its title aside: a single-page site may keep an old one) does not name an
 *   anchored story's anchors twice is not coverage, however many of its topic words it uses.
 * - A headline is what its page is about: one that names none of the story's anchors or people
 *   is of another party's event (a rival's results, another case in the same court) unless the
 *   page names the story's people three times.
 * - A page dated before the story's first day reports another, earlier event (a semi-final,
 *   last year's edition), unless its title or lead names the event's day while that day is
 *   still ahead (within half a year: an announcement months before). Within a week before it
 *   needs much more, earlier it is not coverage.
 * - A later page needs a little more, and the story's people in its title or lead (or three
 *   times). */
export function storyScores(sample: PageSample, index: DetectIndex, shift = 0): { score: number; needed: number }[] {
  const [title, lead, body] = [sample.title, sample.lead, sample.body].map((t) => hits(t, index));
  const words = lead[2] + body[2];
  // A page without a date compares as NaN: neither before nor after the story.
  const date = sample.date || NaN;
  return index.stories.map((story, s) => {
    // Density: weighted hits per 100 words, so a long page with one aside stays low.
    const density = words ? (100 * (lead[0][s] + body[0][s])) / words : 0;
    const raw = (0.35 * Math.min(title[0][s], 3)) / 3 + (0.25 * Math.min(lead[0][s], 6)) / 6 + (0.4 * Math.min(density, 8)) / 8;
    const base = story.threshold + shift;
    const named = title[1][s];
    const opening = named + lead[1][s];
    const text = lead[1][s] + body[1][s];
    let needed = base;
    if (story.anchored && (uses(text, ANCHOR) < 2 || (!named && uses(text, PERSON) < 3))) needed = Infinity;
    else if (opening >= EVENT_DAY && story.from - date < 183 * DAY) needed = base;
    else if (date < story.from - 7 * DAY) needed = Infinity;
    else if (date < story.from) needed = base + (1 - base) * 0.6;
    else if (date > story.to + 2 * DAY) needed = uses(opening, PERSON) || uses(named + text, PERSON) >= 3 ? base + (1 - base) * 0.2 : Infinity;
    return { score: Math.round(raw * 1000) / 1000, needed };
  });
}

/** The index of one story's vocabulary alone. */
export function indexOf(vocab: DetectVocab, story: Partial<DetectStory> = {}): DetectIndex {
  const terms: Record<string, number[]> = {};
  for (const [t, w] of vocab.terms) terms[t] = [0, w, 0];
  return { stories: [{ id: '', from: 0, to: 0, anchored: false, ...story, threshold: vocab.threshold }], terms };
}

/** A score in [0, 1] for one story's vocabulary. */
export function coverageScore(sample: PageSample, vocab: DetectVocab): number {
  return storyScores(sample, indexOf(vocab))[0].score;
}

/** The story the page covers best among those it covers, or null; `shift` moves every
 * threshold (the strictness setting). */
export function detectStory(sample: PageSample, index: DetectIndex, shift = 0): { story: string | null; score: number } {
  // The story passed by the widest margin; else the highest score, for the record.
  let best: { story: string | null; score: number } = { story: null, score: 0 };
  let margin = 0;
  storyScores(sample, index, shift).forEach(({ score, needed }, s) => {
    if (score >= needed + margin) [best, margin] = [{ story: index.stories[s].id, score }, score - needed];
    else if (!best.story && score > best.score) best.score = score;
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
  const el = doc.querySelector('[property$=published_time],[itemprop=datePublished],time[datetime]');
  const ms = Date.parse((el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? '').slice(0, 10));
  return ms || null;
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
