// The corpus: what the build step writes (CorpusData, plain JSON bundled with the extension)
// and what the matcher loads from it once per background life.
import { isFurniture } from './article';
import { extractFigures } from './claims/figures';
import { extractQuotes } from './claims/quotes';
import type { FigureClaim } from './claims/types';
import type { DetectVocab } from './detect';
import type { SourceFile, SourceMeta } from './sources';
import { findNames } from './text/names';
import { splitSentences } from './text/sentences';
import { buildDetectVocab } from './vocabulary';

export interface CorpusSource extends SourceMeta {
  text: string;
  /** [start, end) character offsets of each sentence of article text in `text`. */
  sentences: [number, number][];
  /** Its quotes: [start, end) in `text` and the speaker. */
  quotes: { start: number; end: number; speaker: string | null }[];
  /** Its figures, quoted ones too (a source's quoted figures count as evidence); ranges are
   * offsets in `text`. */
  figures: FigureClaim[];
}

export interface CorpusData {
  version: 1;
  sources: CorpusSource[];
  vocab: DetectVocab;
  /** Full names (two or three words) the sources use: "Rutte" on a page is "Mark Rutte". */
  names: string[];
}

/** Default coverage threshold, chosen on the labelled fixture pages (see README). */
export const COVERAGE_THRESHOLD = 0.4;

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

export function prepareSource(file: SourceFile): CorpusSource {
  const { body, ...meta } = file;
  const blocks = bodyBlocks(body);
  const texts = blocks.map((b) => b.text);
  const shift = <T extends { block: number; ranges: [number, number][] }>(c: T): T => ({
    ...c,
    ranges: c.ranges.map(([a, b]): [number, number] => [a + blocks[c.block].offset, b + blocks[c.block].offset]),
  });
  const quotes = extractQuotes(texts).map(shift).flatMap((q) =>
    q.ranges.map(([start, end]) => ({ start, end, speaker: q.speaker })),
  );
  const figures = extractFigures(texts, { includeQuoted: true }).map(shift);
  // Sentences line by line, furniture left out: a caption is never evidence.
  const sentences = blocks.flatMap((b) =>
    splitSentences(b.text).map((s): [number, number] => [s.start + b.offset, s.end + b.offset]),
  );
  return { ...meta, text: body, sentences, quotes, figures };
}

export function prepareCorpus(files: SourceFile[]): CorpusData {
  const sources = [...files].sort((a, b) => (a.id < b.id ? -1 : 1)).map(prepareSource);
  const names = [...new Set(sources.flatMap((s) => findNames(s.text).filter((n) => n.words.length > 1 && n.words.length < 4).map((n) => n.words.join(' '))))];
  return { version: 1, sources, vocab: buildDetectVocab(sources.map((s) => s.text), COVERAGE_THRESHOLD), names };
}

/** A label for a source in lists: its title, else the opening words of its first real line
 * (datelines and other furniture skipped). */
export function sourceLabel(source: Pick<CorpusSource, 'title' | 'text'>): string {
  if (source.title) return source.title;
  const line = source.text.split('\n').map((l) => l.trim()).find((l) => l && !isFurniture(l)) ?? source.text.trim();
  const words = line.split(/\s+/);
  return words.length > 9 ? words.slice(0, 9).join(' ').replace(/[,;:.]$/, '') + '…' : line;
}
