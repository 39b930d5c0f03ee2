// A reader's story stored as a bundled one is: one term table for the story, which only grows (a
// new source's new terms are appended; ids already given never change, so every source stored
// before stays valid), and each source in the stored form (see StoredSource) numbering its
// terms there.
import { storeSource, type CorpusSource, type StoredSource } from './corpus';
import { buildSourceIndex, isCurrentIndex, renumberIndex } from './source-index';

/** A story's term table as the reader's store keeps it, in a record of its own. */
export interface TermTableRecord {
  story: string;
  /** Its terms in id order, space-separated (as StoryCorpus.terms). */
  terms: string;
}

const termsOf = (table: string | undefined) => (table ? table.split(' ') : []);

/** A stored table's ids, to be appended to. */
export function tableIds(table: string | undefined): Map<string, number> {
  return new Map(termsOf(table).map((t, i) => [t, i]));
}

/** A source in the stored form, its index numbered in `table` (new terms appended). Its index
 * numbers its own terms, or those of `given` (the table it was prepared with); one with neither,
 * or in an older form, is indexed from its text again. */
export function intoTable(source: CorpusSource, table: Map<string, number>, given?: string): StoredSource {
  const { index } = source;
  const local = !isCurrentIndex(index) ? null : index.terms !== undefined ? termsOf(index.terms) : given !== undefined ? termsOf(given) : null;
  const numbered = local && index ? renumberIndex(index, local, table) : buildSourceIndex(source.text, source.sentences, source.figures, table);
  return storeSource({ ...source, index: numbered });
}
