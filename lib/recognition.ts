// Can a story recognise pages that cover it? A page is recognised when it scores the story's
// threshold (lib/vocabulary.ts calibrates it from the sources, each left out in turn: what a new
// page on the story looks like). A pack whose own sources, so left out, mostly miss it will not
// recognise new pages either; nor will one too small to leave one out. The reader is told why.
import type { Calibration } from './vocabulary';
import { plural } from './text/plural';

/** Fewer sources share no vocabulary once one is left out. */
export const MIN_SOURCES_TO_RECOGNISE = 3;

/** Why a story cannot recognise its pages. */
export type RecognitionFault =
  | { kind: 'few-sources'; sources: number }
  | { kind: 'below-threshold'; sources: number; reached: number };

/** The fault of a story with `sources` sources calibrated so, or null when it can recognise its
 * pages: at least three sources, and at least half of them reach the threshold when left out. */
export function recognitionFault(sources: number, calibration: Pick<Calibration, 'threshold' | 'leftOut'>): RecognitionFault | null {
  if (sources < MIN_SOURCES_TO_RECOGNISE) return { kind: 'few-sources', sources };
  const scored = calibration.leftOut.length;
  const reached = calibration.leftOut.filter((score) => score >= calibration.threshold).length;
  return scored && reached * 2 < scored ? { kind: 'below-threshold', sources: scored, reached } : null;
}

/** The fault as one sentence about "this story" (the options page's story row). */
export function recognitionNote(fault: RecognitionFault): string {
  return fault.kind === 'few-sources'
    ? `This story has only ${plural(fault.sources, 'source')}: Triangulate needs ${MIN_SOURCES_TO_RECOGNISE} to recognise its pages.`
    : `Only ${fault.reached} of this story's ${fault.sources} sources, each left out, would be recognised by the others' words: Triangulate will rarely recognise its pages.`;
}

/** The same sentence as the outcome of an import. */
export function importedNote(fault: RecognitionFault): string {
  const note = recognitionNote(fault);
  return `Imported, but ${note[0].toLowerCase()}${note.slice(1)}`;
}
