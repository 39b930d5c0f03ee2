// A feed's HTML (an item's content:encoded, an Atom entry's content) as plain text blocks,
// without a DOM: the Chrome background is a worker and has none. Linear scans only, so a hostile
// feed cannot make it slow; markup is dropped, never interpreted.
import { isFurniture } from '../article';
import { wordTable } from '../text/lexicon';
import { collapseSpaces } from '../text/normalize';

const NAMED = wordTable<string>({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€', pound: '£', copy: '©',
});

/** Decodes numeric and the common named character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

const DROPPED = ['script', 'style', 'figcaption', 'noscript', 'template'];
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|figure|header|footer|hr|dd|dt)\b[^<>]*>/gi;
// [^<>] rather than [^>]: a run of "<" with no ">" stays linear.
const ANY_TAG = /<[^<>]*>/g;

/** Drops comments and the elements whose text is not prose, with one forward scan: an element
 * left open drops the rest, as a browser would treat it. */
function dropHidden(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<', at);
    if (open < 0) break;
    const name = lower.startsWith('<!--', open) ? '!--' : DROPPED.find((n) => lower.startsWith(n, open + 1) && /[\s>/]/.test(lower[open + 1 + n.length] ?? ''));
    if (!name) {
      out.push(html.slice(at, open + 1));
      at = open + 1;
      continue;
    }
    out.push(html.slice(at, open), ' ');
    const end = name === '!--' ? lower.indexOf('-->', open + 4) : lower.indexOf(`</${name}`, open);
    if (end < 0) return out.join('');
    at = lower.indexOf('>', end + 2) + 1 || html.length;
  }
  out.push(html.slice(at));
  return out.join('');
}

/** Plain text of one short HTML fragment (a title): tags dropped, references decoded. */
export function plainText(html: string): string {
  return collapseSpaces(decodeEntities(dropHidden(html).replace(ANY_TAG, ' ')));
}

/** An HTML fragment as article blocks: one per paragraph-like element, furniture left out. */
export function htmlToBlocks(html: string): string[] {
  return dropHidden(html)
    .replace(BLOCK_TAG, '\n')
    .split('\n')
    .map((line) => collapseSpaces(decodeEntities(line.replace(ANY_TAG, ' '))))
    .filter((b) => b && !isFurniture(b));
}
