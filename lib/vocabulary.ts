// A story's detector vocabulary: the words and word pairs its sources share and use far more
// often than general English and general news do. Nothing here knows any story: the contrast
// comes from data (a general English frequency table, a few unrelated news articles, and the
// other stories' sources), so the same rule serves every pack.
import { isFurniture } from './article';
import { coverageScore, type DetectVocab } from './detect';
import { plainWords } from './text/tokens';

/** How common words are in general English, as Zipf values (log10 of uses per billion words). */
export interface EnglishFrequency {
  zipf: Record<string, string>;
}

/** What a story's words are contrasted with. */
export interface Contrast {
  /** Zipf value of each word in general English. */
  english: Map<string, number>;
  /** Share of general news articles (and other stories' sources) using each word or pair. */
  news: Map<string, number>;
  /** The highest rate (uses per word) at which any one of those articles uses it. */
  newsRate: Map<string, number>;
}

/** Texts that are not the story: unrelated news, other stories' sources. */
export function buildContrast(frequency: EnglishFrequency, newsTexts: string[]): Contrast {
  const english = new Map<string, number>();
  for (const [z, words] of Object.entries(frequency.zipf)) for (const w of words.split(' ')) english.set(w, Number(z));
  const df = new Map<string, number>();
  const newsRate = new Map<string, number>();
  for (const text of newsTexts) {
    const words = plainWords(text);
    const counts = new Map<string, number>();
    for (let i = 0; i < words.length; i++) {
      for (const t of [words[i], `${words[i]} ${words[i + 1]}`]) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const t of termsOf(words)) {
      df.set(t, (df.get(t) ?? 0) + 1);
      newsRate.set(t, Math.max(newsRate.get(t) ?? 0, (counts.get(t) ?? 0) / words.length));
    }
  }
  const news = new Map([...df].map(([t, d]): [string, number] => [t, d / Math.max(1, newsTexts.length)]));
  return { english, news, newsRate };
}

// A word the frequency list lacks is rare: a name, a coinage. Zipf 1 is once per 100 million.
const UNSEEN_ZIPF = 1;
// Words used this often in general English carry no story (the, said, people).
const COMMON_ZIPF = 5.25;
// A term must be this many Zipf points more frequent in the story than in general English.
const MIN_LIFT = 1.5;
// General news already uses a term in this share of its articles: it tells nothing.
const NEWS_SHARE = 0.25;
const MAX_TERMS = 40;

function termsOf(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length < 3 || /^\d/.test(w)) continue;
    out.add(w);
    const next = words[i + 1];
    if (next && next.length >= 3 && !/^\d/.test(next)) out.add(`${w} ${next}`);
  }
  return out;
}

/** Topic terms of a story from its sources' texts, weighted by the share of sources using
 * them, how much more than general English they are used, how often they recur, and whether
 * the pack's own title and summary (`focus`) name them: sources on one event share its
 * background too (the people and topics of the week), and only the focus says what is central. */
export function buildDetectVocab(texts: string[], contrast: Contrast, threshold: number, focus = ''): DetectVocab {
  const focused = new Set(plainWords(focus));
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  let tokens = 0;
  for (const text of texts) {
    const words = plainWords(text);
    tokens += words.length;
    const seen = termsOf(words);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    for (let i = 0; i < words.length; i++) {
      for (const t of [words[i], `${words[i]} ${words[i + 1]}`]) if (seen.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    }
  }
  const n = texts.length;
  const minDf = Math.max(2, Math.ceil(n * 0.6));
  const zipfOf = (w: string) => contrast.english.get(w) ?? UNSEEN_ZIPF;
  const terms: [string, number][] = [];
  for (const [t, d] of df) {
    if (d < minDf || (contrast.news.get(t) ?? 0) >= NEWS_SHARE) continue;
    const parts = t.split(' ');
    if (parts.some((w) => zipfOf(w) >= COMMON_ZIPF)) continue;
    const storyZipf = Math.log10(((tf.get(t) ?? 0) / Math.max(1, tokens)) * 1e9);
    // A pair is as general as its rarer word would suggest, and no rarer than a pair of
    // everyday words can be; a single word is as general as the list says.
    const generalZipf = parts.length > 1 ? Math.max(UNSEEN_ZIPF, Math.min(...parts.map(zipfOf)) - 1) : zipfOf(t);
    const lift = storyZipf - generalZipf;
    if (lift < MIN_LIFT) continue;
    const recurrence = Math.min(1, (tf.get(t) ?? 0) / (2 * n));
    const inFocus = parts.filter((w) => focused.has(w)).length / parts.length;
    const central = focused.size ? 0.5 + 0.5 * inFocus : 1;
    // Another story's article that uses a term nearly as heavily shows it belongs to a field
    // (central banks, elections), not to this story.
    const shared = (contrast.newsRate.get(t) ?? 0) * 3 >= (tf.get(t) ?? 0) / Math.max(1, tokens) ? 0.4 : 1;
    const weight = (d / n) * recurrence * Math.min(1, lift / 4) * (parts.length > 1 ? 1.5 : 1) * central * shared;
    if (weight >= 0.2) terms.push([t, Math.round(weight * 100) / 100]);
  }
  terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: terms.slice(0, MAX_TERMS), threshold };
}

/** A page-like sample of a plain text: its first line of three words or more is the title,
 * the next two article lines the lead (furniture such as datelines and advertisements left out). */
export function sampleText(text: string) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = Math.max(0, lines.findIndex((l) => l.split(/\s+/).length >= 3));
  const rest = lines.slice(at + 1).filter((l) => !isFurniture(l));
  return { title: lines[at] ?? '', lead: rest.slice(0, 2).join('\n'), body: rest.slice(2).join('\n') };
}

export interface Calibration {
  threshold: number;
  /** Lowest score of a source left out of its own story's vocabulary. */
  positive: number;
  /** Highest score of a text that is not the story. */
  negative: number;
  /** Each source's score left out of the vocabulary (as a new page on the story is), 0 for one
   * that does not name the story's anchors twice (the detector never takes such a page). A story
   * of fewer than three sources scores none: one source alone shares no terms. */
  leftOut: number[];
}

const MIN_THRESHOLD = 0.2;
const LEAVE_ONE_OUT_MAX = 20;
const MAX_THRESHOLD = 0.6;

/** The coverage threshold of a story: each source left out in turn is scored against the
 * vocabulary of the others (what a new article on the story looks like), the texts that are
 * not the story (and naming its anchors) against the whole vocabulary; the threshold sits
 * between the two, within fixed bounds. */
export function calibrateThreshold(texts: string[], negatives: string[], contrast: Contrast, focus = '', anchors: string[] = []): Calibration {
  const full = buildDetectVocab(texts, contrast, 0, focus);
  // A text that does not name the story's anchors twice is never taken for it (lib/detect.ts).
  const named = (text: string) => {
    const { lead, body } = sampleText(text);
    return !anchors.length || plainWords(`${lead}\n${body}`).filter((w) => anchors.includes(w)).length >= 2;
  };
  // Leaving one out matters in a small pack; in a large one it hardly changes the vocabulary, and
  // a sample of its sources against the whole of it is enough (and linear, not quadratic).
  const leaveOut = texts.length >= 3 && texts.length <= LEAVE_ONE_OUT_MAX;
  const sample = leaveOut ? texts : texts.filter((_, i) => i % Math.ceil(texts.length / LEAVE_ONE_OUT_MAX) === 0);
  const positives = sample.map((t, i) => coverageScore(sampleText(t), leaveOut ? buildDetectVocab(texts.filter((_, j) => j !== i), contrast, 0, focus) : full));
  const positive = Math.min(...positives);
  const leftOut = texts.length < 3 ? [] : positives.map((score, i) => (named(sample[i]) ? score : 0));
  const negative = Math.max(0, ...negatives.filter(named).map((t) => coverageScore(sampleText(t), full)));
  // Nearer the negatives: a new article on the story is often further from its sources than
  // they are from each other, and the anchors and dates already keep most negatives out.
  const between = negative + 0.4 * (positive - negative);
  const threshold = Math.round(Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, between)) * 1000) / 1000;
  return { threshold, positive, negative, leftOut };
}
