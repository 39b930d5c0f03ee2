// The corpus: what the build step writes (CorpusData, plain JSON bundled with the extension)
// and what the matcher loads from it once per background life.
import { isFurniture } from './article';
import { outletStated, withoutDateline } from './outlets';
import { extractFigures } from './claims/figures';
import { extractQuotes } from './claims/quotes';
import type { FigureClaim } from './claims/types';
import { ANCHOR, EVENT_DAY, PERSON, type DetectIndex, type DetectVocab } from './detect';
import type { StoryMeta, StoryPack } from './pack';
import { recognitionFault, type RecognitionFault } from './recognition';
import type { SourceFile, SourceMeta } from './sources';
import { classifyNames, findNames } from './text/names';
import { buildSourceIndex, termTable, type SourceIndex } from './source-index';
import { MONTHS } from './text/lexicon';
import { readBlocks } from './text/reading';
import { plainSpans, plainWords } from './text/tokens';
import { buildContrast, buildDetectVocab, calibrateThreshold, type EnglishFrequency } from './vocabulary';

export interface CorpusSource extends SourceMeta {
  text: string;
  /** [start, end) character offsets of each sentence of article text in `text`. */
  sentences: [number, number][];
  /** Its quotes: [start, end) in `text` and the speaker. */
  quotes: { start: number; end: number; speaker: string | null }[];
  /** Its figures, quoted ones too (a source's quoted figures count as evidence); ranges are
   * offsets in `text`. */
  figures: FigureClaim[];
  /** Its words as the matcher compares them, worked out once here; a source stored without it
   * (an older reader's) is indexed when loaded. */
  index?: SourceIndex;
}

/** A bundled story's sources as stored: their indexes number terms in one shared table, so a
 * waking worker reads each term once for the story, not once per source. */
export interface StoredSources {
  terms: string;
  sources: StoredSource[];
}

const PARSED_LATER = ['sentences', 'quotes', 'figures'] as const;

/** A source as a story file stores it: its sentences, quotes and figures as JSON text, parsed
 * the first time they are read. The matcher's indexes come from the stored index alone, so a
 * waking worker parses these only for the sources a page's claims lead to. */
export type StoredSource = Omit<CorpusSource, (typeof PARSED_LATER)[number]> & Record<(typeof PARSED_LATER)[number], string>;

export function storeSource(source: CorpusSource): StoredSource {
  return { ...source, sentences: JSON.stringify(source.sentences), quotes: JSON.stringify(source.quotes), figures: JSON.stringify(source.figures) };
}

export function readStoredSource(stored: StoredSource): CorpusSource {
  const source = { ...stored } as unknown as CorpusSource;
  for (const key of PARSED_LATER) {
    Object.defineProperty(source, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value: unknown = JSON.parse(stored[key]);
        Object.defineProperty(source, key, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(source, key, { value, configurable: true, enumerable: true, writable: true });
      },
    });
  }
  return source;
}

/** One story's corpus: what the build step writes for each pack. */
export interface StoryCorpus {
  story: StoryMeta;
  sources: CorpusSource[];
  /** The term table that sources indexed without their own terms number into. */
  terms?: string;
  vocab: DetectVocab;
  /** Full names (two or three words) the sources use: "Rutte" on a page is "Mark Rutte". */
  names: string[];
  /** Surnames of the people at the story's centre (lower case). */
  people: string[];
  /** Names in the story's title and summary that the sources use (lower case). */
  anchors: string[];
  /** Why the story cannot recognise its pages, or null when it can; absent in a head stored
   * before this was worked out. */
  recognition?: RecognitionFault | null;
}

/** Every bundled story. */
export interface CorpusData {
  version: 2;
  stories: StoryCorpus[];
}

/** What every story is contrasted with: general English and unrelated news. */
export interface General {
  frequency: EnglishFrequency;
  news: string[];
}

/** Lines of a body with their offsets; furniture lines (captions, credits) are left out. */
function bodyBlocks(body: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    if (!isFurniture(line)) out.push({ text: line, offset });
    offset += line.length + 1;
  }
  return out;
}

/** A source prepared for matching; with `shared`, a story's term table, its index numbers terms
 * there (see StoredSources). */
export function prepareSource(file: SourceFile, shared?: Map<string, number>): CorpusSource {
  const { body, ...meta } = file;
  const blocks = bodyBlocks(body);
  const texts = blocks.map((b) => b.text);
  const shift = <T extends { block: number; ranges: [number, number][] }>(c: T): T => ({
    ...c,
    ranges: c.ranges.map(([a, b]): [number, number] => [a + blocks[c.block].offset, b + blocks[c.block].offset]),
  });
  const reading = readBlocks(texts);
  const quotes = extractQuotes(texts, { reading }).map(shift).flatMap((q) =>
    q.ranges.map(([start, end]) => ({ start, end, speaker: q.speaker })),
  );
  const figures = extractFigures(texts, { includeQuoted: true, reading }).map(shift);
  // Sentences line by line, furniture left out: a caption is never evidence.
  const sentences = blocks.flatMap((b, i) =>
    reading.sentences[i].map((s): [number, number] => [s.start + b.offset, s.end + b.offset]),
  );
  // An outlet the header leaves out but the article names (its dateline, byline, credit line).
  const outlet = meta.outlet || outletStated(body);
  return { ...meta, outlet, text: body, sentences, quotes, figures, index: buildSourceIndex(body, sentences, figures, shared) };
}

/** Full names of the people the sources name (two or three words), each source's names
 * classified as a whole article: organisations and places are left out. */
function fullNamesOf(sources: CorpusSource[]): string[] {
  const out = new Set<string>();
  // A headline in title case ("Rutte Takes Reins at NATO") is no place to learn names from.
  const titleCase = (line: string) => {
    const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
    return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
  };
  for (const s of sources) {
    const blocks = s.text.split('\n').map((b) => (titleCase(b) ? '' : b));
    const names = blocks.map((b) => findNames(b));
    classifyNames(blocks, names);
    for (const n of names.flat()) if (n.kind === 'person' && n.words.length > 1 && n.words.length < 4) out.add(n.words.join(' '));
  }
  return [...out];
}

/** The people at a story's centre: the surnames of the people most sources name in full, rare
 * in general English (so not a common word that is also a name), the three most mentioned. */
function centralPeople(sources: CorpusSource[], names: string[], english: Map<string, number>): string[] {
  const surnames = new Set(names.map((n) => n.split(' ').pop()!.toLowerCase()).filter((w) => (english.get(w) ?? 0) < 3.5));
  const counts = new Map<string, { df: number; tf: number }>();
  for (const s of sources) {
    const words = plainWords(s.text).filter((w) => surnames.has(w));
    for (const w of new Set(words)) {
      const c = counts.get(w) ?? { df: 0, tf: 0 };
      counts.set(w, { df: c.df + 1, tf: c.tf + words.filter((x) => x === w).length });
    }
  }
  return [...counts].filter(([, c]) => c.df >= Math.max(1, Math.ceil(sources.length * 0.6))).sort((a, b) => b[1].tf - a[1].tf).slice(0, 3).map(([w]) => w);
}

// Rarer in general English than this (Zipf), a capitalised word is a name, not a common noun.
const NAME_ZIPF = 3.5;

/** The story's anchors: words of its title and summary that its sources write as names
 * (capitalised nearly always) and general English rarely uses. */
function storyAnchors(story: StoryMeta, texts: string[], english: Map<string, number>): string[] {
  const focus = new Set(plainWords(`${story.title} ${story.summary}`).filter((w) => (english.get(w) ?? 0) < NAME_ZIPF && !/^\d/.test(w)));
  const capital = new Map<string, number>();
  const total = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const { w, raw } of plainSpans(text)) {
      if (!focus.has(w)) continue;
      seen.add(w);
      total.set(w, (total.get(w) ?? 0) + 1);
      if (/^\p{Lu}/u.test(raw)) capital.set(w, (capital.get(w) ?? 0) + 1);
    }
    for (const w of seen) sources.set(w, (sources.get(w) ?? 0) + 1);
  }
  const count = (m: Map<string, number>, w: string) => m.get(w) ?? 0;
  return [...focus].filter((w) => count(total, w) > 0 && count(capital, w) >= 0.8 * count(total, w) && count(sources, w) >= Math.ceil(texts.length / 2));
}

/** One story's corpus; `others` are the texts of the other stories, contrasted with it. */
export function prepareStory(pack: StoryPack, general: General, others: string[] = []): StoryCorpus {
  const shared = new Map<string, number>();
  const sources = [...pack.sources].sort((a, b) => (a.id < b.id ? -1 : 1)).map((f) => prepareSource(f, shared));
  const names = fullNamesOf(sources);
  const texts = sources.map((s) => s.text);
  const contrast = buildContrast(general.frequency, [...general.news, ...others]);
  const focus = `${pack.story.title}\n${pack.story.summary}`;
  const anchors = storyAnchors(pack.story, texts, contrast.english);
  const calibration = calibrateThreshold(texts, [...general.news, ...others], contrast, focus, anchors);
  const vocab = buildDetectVocab(texts, contrast, calibration.threshold, focus);
  const recognition = recognitionFault(texts.length, calibration);
  return { story: pack.story, sources, terms: termTable(shared), vocab, names, people: centralPeople(sources, names, contrast.english), anchors, recognition };
}

/** Every story, each contrasted with the others. */
export function prepareCorpus(packs: StoryPack[], general: General): CorpusData {
  const stories = packs.map((p) => prepareStory(p, general, packs.filter((o) => o !== p).flatMap((o) => o.sources.map((s) => s.body))));
  return { version: 2, stories };
}

/** The days of a story's event as running text writes them, in the detector's word pairs:
 * "september 9", "9 september", "sep 9", "sept 9" (at most a week of days). */
export function eventDayTerms(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from), k = 0; t <= Date.parse(to) && k < 7; t += 864e5, k++) {
    const d = new Date(t);
    const month = MONTHS[d.getUTCMonth()].toLowerCase();
    const day = d.getUTCDate();
    for (const m of new Set([month, month.slice(0, 3), month.slice(0, 4)])) out.push(`${m} ${day}`, `${day} ${m}`);
  }
  return out;
}

/** The detector's index of every story: each term with its weight and whether it is one of the
 * story's anchors, people or event days (those the vocabulary lacks join with no weight). */
export function detectIndex(stories: Pick<StoryCorpus, 'story' | 'vocab' | 'anchors' | 'people'>[]): DetectIndex {
  const terms: Record<string, number[]> = {};
  stories.forEach((s, i) => {
    const weights = new Map(s.vocab.terms);
    const days = eventDayTerms(s.story.from, s.story.to);
    for (const t of new Set([...weights.keys(), ...s.anchors, ...s.people, ...days])) {
      const kinds = (s.anchors.includes(t) ? ANCHOR : 0) + (s.people.includes(t) ? PERSON : 0) + (days.includes(t) ? EVENT_DAY : 0);
      (terms[t] ??= []).push(i, weights.get(t) ?? 0, kinds);
    }
  });
  return {
    stories: stories.map((s) => ({ id: s.story.id, threshold: s.vocab.threshold, from: Date.parse(s.story.from), to: Date.parse(s.story.to), anchored: s.anchors.length > 0 })),
    terms,
  };
}

/** A label for a source in lists: its title, else the opening words of its first real line
 * (a leading date and other furniture skipped). */
export function sourceLabel(source: Pick<CorpusSource, 'title' | 'text'>): string {
  if (source.title) return source.title;
  const first = source.text.split('\n').map((l) => l.trim()).find((l) => l && !isFurniture(l)) ?? source.text.trim();
  const line = withoutDateline(first);
  const words = line.split(/\s+/);
  return words.length > 9 ? words.slice(0, 9).join(' ').replace(/[,;:.]$/, '') + '…' : line;
}
