// Is this page coverage of the corpus's story? A score from the corpus's own vocabulary:
// terms that are frequent across the corpus and absent from a general-news word list,
// weighted by where they occur (title, lead) and how dense they are in the text.
// Pure and small: the always-injected detector imports it, so it must stay tiny.

export interface DetectVocab {
  /** [term, weight]; a term is one lower-case word or two joined by a space. */
  terms: [string, number][];
  threshold: number;
}

export interface PageSample {
  title: string;
  /** Headings and the first paragraphs. */
  lead: string;
  /** More of the body, when cheaply available. */
  body?: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function detectWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

function weightedHits(words: string[], weights: Map<string, number>): number {
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += weights.get(words[i]) ?? 0;
    if (i + 1 < words.length) sum += weights.get(words[i] + ' ' + words[i + 1]) ?? 0;
  }
  return sum;
}

/** A score in [0, 1]: title and lead hits count most; body density adds the rest. */
export function coverageScore(sample: PageSample, vocab: DetectVocab): number {
  const weights = new Map(vocab.terms);
  const title = weightedHits(detectWords(sample.title), weights);
  const leadWords = detectWords(sample.lead);
  const lead = weightedHits(leadWords, weights);
  const bodyWords = detectWords(sample.body ?? '');
  const body = weightedHits(bodyWords, weights);
  const words = leadWords.length + bodyWords.length;
  // Density: weighted hits per 100 words, so a long page with one aside stays low.
  const density = words ? (100 * (lead + body)) / words : 0;
  const raw = 0.35 * Math.min(title, 3) / 3 + 0.25 * Math.min(lead, 6) / 6 + 0.4 * Math.min(density, 8) / 8;
  return Math.round(raw * 1000) / 1000;
}

export function isCoverage(sample: PageSample, vocab: DetectVocab, threshold = vocab.threshold): boolean {
  return coverageScore(sample, vocab) >= threshold;
}
