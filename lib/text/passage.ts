// Where a cited passage stands in a source's text, for the sources page to mark it. The passage
// comes from a URL (the sidebar's or popup's link), so it may have been re-spaced or had its
// quote marks straightened on the way: those are forgiven, nothing else.

import { wordTable } from './lexicon';

const QUOTES = wordTable<string>({ '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"' });

/** `text` with white-space runs as one space and curly quotes straight, and for each character
 * of the result the offset in `text` it came from. */
function loosen(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += QUOTES[c] ?? c;
    from.push(i);
  }
  return { text: out, from };
}

/** [start, end) of `passage` in `text`: as it stands, else once white space and quote marks
 * are forgiven; null when it is not there (or empty). */
export function findPassage(text: string, passage: string): [number, number] | null {
  const wanted = passage.trim();
  if (!wanted) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return [exact, exact + wanted.length];
  const hay = loosen(text);
  const needle = loosen(wanted).text;
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  return [hay.from[at], hay.from[at + needle.length - 1] + 1];
}
