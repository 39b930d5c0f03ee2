// The corpus: what the build step writes (CorpusData, plain JSON bundled with the extension)
// and what the matcher loads from it once per background life.
import type { DetectVocab } from './detect';
import type { SourceFile, SourceMeta } from './sources';
import { splitSentences } from './text/sentences';
import { buildDetectVocab } from './vocabulary';

export interface CorpusSource extends SourceMeta {
  text: string;
  /** [start, end) character offsets of each sentence in `text`. */
  sentences: [number, number][];
}

export interface CorpusData {
  version: 1;
  sources: CorpusSource[];
  vocab: DetectVocab;
}

/** Default coverage threshold, chosen on the labelled fixture pages (see README). */
export const COVERAGE_THRESHOLD = 0.4;

export function prepareSource(file: SourceFile): CorpusSource {
  const { body, ...meta } = file;
  return { ...meta, text: body, sentences: splitSentences(body).map((s) => [s.start, s.end]) };
}

export function prepareCorpus(files: SourceFile[]): CorpusData {
  const sources = [...files].sort((a, b) => (a.id < b.id ? -1 : 1)).map(prepareSource);
  return { version: 1, sources, vocab: buildDetectVocab(sources.map((s) => s.text), COVERAGE_THRESHOLD) };
}

/** A label for a source in lists: its title, else its opening words. */
export function sourceLabel(source: Pick<CorpusSource, 'title' | 'text'>): string {
  if (source.title) return source.title;
  const words = source.text.trim().split(/\s+/).slice(0, 10).join(' ');
  return words + '…';
}
