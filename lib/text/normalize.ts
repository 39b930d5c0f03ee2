// Text normalisation shared by extraction and matching. Every function keeps string length
// where offsets matter (normalizeChars), so positions found in normalised text still point
// into the original.
import { CURLY_DOUBLE_QUOTES, CURLY_SINGLE_QUOTES } from './lexicon';

const DOUBLE_QUOTES = new RegExp(`[${CURLY_DOUBLE_QUOTES}]`, 'g');
const SINGLE_QUOTES = new RegExp(`[${CURLY_SINGLE_QUOTES}]`, 'g');
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** One-to-one character mapping: curly quotes to straight, dashes to '-', odd spaces to ' '.
 * Invisible characters become spaces so offsets survive. */
export function normalizeChars(text: string): string {
  return text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, ' ');
}

/** Collapses runs of white space; used for text taken from the DOM. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
