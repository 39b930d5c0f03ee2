// Word diffs and alignments by longest common subsequence over words.
import { spellingForm } from './text/tokens';
import { memoByWord } from './text/word-memo';

export interface DiffPart {
  op: 'same' | 'page' | 'source';
  text: string;
}

/** LCS table for two sequences under an equality test (===, unless `eq` is given); returns the
 * matched index pairs. The table is filled without a call per cell when no test is given. */
export function lcsPairs<T>(a: T[], b: T[], eq?: (x: T, y: T) => boolean): [number, number][] {
  const n = a.length;
  const m = b.length;
  const row = m + 1;
  const dp = new Uint16Array((n + 1) * row);
  for (let i = n - 1; i >= 0; i--) {
    const x = a[i];
    for (let j = m - 1; j >= 0; j--) {
      const at = i * row + j;
      dp[at] = (eq ? eq(x, b[j]) : x === b[j]) ? dp[at + row + 1] + 1 : Math.max(dp[at + row], dp[at + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq ? eq(a[i], b[j]) : a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * row + j] >= dp[i * row + j + 1]) i++;
    else j++;
  }
  return pairs;
}

const WORD = /\S+/g;
const key = /* @__PURE__ */ memoByWord((w) => spellingForm(w.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']/gu, '')));

/** Word-level diff of what the page says against what the source says. Words compare after
 * normalising case, punctuation, quote marks and spelling; each part keeps the page's or source's text. */
export function wordDiff(page: string, source: string): DiffPart[] {
  const a = page.match(WORD) ?? [];
  const b = source.match(WORD) ?? [];
  const pairs = lcsPairs(a.map(key), b.map(key));
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], words: string[]) => {
    if (!words.length) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ' ' + words.join(' ');
    else out.push({ op, text: words.join(' ') });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    push('page', a.slice(i, pi));
    push('source', b.slice(j, pj));
    if (pi < a.length) push('same', [a[pi]]);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
