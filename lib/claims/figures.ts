// Figure claims (CLAIMS.md §3): a number with what it counts: value, unit, the counted noun and
// the words of its clause, so that figures compare only when their subjects match.
import { findNames } from '../text/names';
import { findNumbers } from '../text/numbers';
import { splitSentences } from '../text/sentences';
import { isStopword, stem, words } from '../text/tokens';
import { quotedRanges } from './quotes';
import type { FigureClaim } from './types';

// Words of the same subject in news writing: "32 nations" = "32 member countries".
const SYNONYMS: Record<string, string> = {
  nation: 'country', state: 'country', member: 'country', ally: 'country', alli: 'country', countri: 'country',
  invasion: 'war', conflict: 'war', fight: 'war',
  helm: 'tenure', office: 'tenure', led: 'tenure', lead: 'tenure', term: 'tenure', head: 'tenure', charge: 'tenure',
  gdp: 'gdp', soldier: 'troop', personnel: 'troop',
  spending: 'spend', expenditure: 'spend', budget: 'spend',
};

/** The comparison form of a word: stemmed, with synonyms folded. */
export function conceptOf(word: string): string {
  const s = stem(word.toLowerCase());
  return SYNONYMS[s] ?? SYNONYMS[word.toLowerCase()] ?? s;
}

/** The counted thing: "32-member alliance" counts members; "32 member countries" countries. */
export function headOf(noun: string[]): string {
  if (!noun.length) return '';
  return conceptOf(noun[0] === 'member' ? 'member' : noun[noun.length - 1]);
}

const WINDOW = 8;

export interface FigureOptions {
  /** Keep numbers inside quotes (for corpus sources, whose quoted figures count as evidence). */
  includeQuoted?: boolean;
}

/** Figure claims of an article given as blocks. */
export function extractFigures(blocks: string[], options: FigureOptions = {}): FigureClaim[] {
  const out: FigureClaim[] = [];
  blocks.forEach((text, block) => {
    const quoted = quotedRanges(text);
    for (const sentence of splitSentences(text)) {
      const names = findNames(sentence.text).map((n) => n.words.join(' ').toLowerCase());
      const sentenceWords = wordsWithOffsets(sentence.text);
      for (const m of findNumbers(sentence.text)) {
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        const inQuote = quoted.some(([a, b]) => start >= a && end <= b);
        if (inQuote && !options.includeQuoted) continue;
        const i = sentenceWords.findIndex((w) => w.start >= m.start);
        const j = sentenceWords.findIndex((w) => w.start >= m.end);
        const before = sentenceWords.slice(Math.max(0, i - WINDOW), i < 0 ? 0 : i);
        const after = sentenceWords.slice(j < 0 ? sentenceWords.length : j, (j < 0 ? sentenceWords.length : j) + WINDOW);
        const context = [...before, ...after]
          .map((w) => w.w)
          .filter((w) => !isStopword(w) && !/^\d/.test(w) && w.length > 1)
          .map(conceptOf);
        out.push({
          kind: 'figure',
          text: text.slice(start, end),
          value: m.value,
          unit: m.unit,
          qualifier: m.qualifier,
          noun: m.noun,
          context: [...new Set([...context, ...names.map((n) => 'name:' + n.split(' ').pop())])],
          quoted: inQuote,
          ...(m.month ? { month: m.month } : {}),
          block,
          ranges: [[start, end]],
        });
      }
    }
  });
  return out;
}

function wordsWithOffsets(text: string): { w: string; start: number }[] {
  const out: { w: string; start: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) out.push({ w: words(m[0])[0] ?? '', start: m.index });
  return out;
}
