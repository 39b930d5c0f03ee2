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

/** Enough text to decide, read with textContent only (no layout), each piece clipped. */
const PARAGRAPHS = 8;
const LEAD_PARAGRAPHS = 2;
const CLIP = 2000;

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').slice(0, CLIP);

/** The cheap text of a page: title, meta, headings and the first paragraphs. Walks live
 * collections only as far as it reads, so a page of 100,000 paragraphs costs what a short one does. */
export function samplePage(doc: Document): PageSample {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';
  const ogTitle = meta('meta[property="og:title"]');
  const title = doc.title.includes(ogTitle) ? doc.title : `${doc.title} ${ogTitle}`;
  // The article, when the page marks it, keeps nav, banners and comments out of the sample.
  const marked = doc.querySelector('article') ?? doc.querySelector('main');
  const root = marked && marked.getElementsByTagName('p').length >= LEAD_PARAGRAPHS ? marked : doc.body;
  const ps = root ? root.getElementsByTagName('p') : [];
  const paragraphs: string[] = [];
  for (let i = 0; i < ps.length && i < PARAGRAPHS; i++) paragraphs.push(textOf(ps[i]));
  const h2s = root?.getElementsByTagName('h2');
  const headings = [doc.getElementsByTagName('h1')[0], h2s?.[0], h2s?.[1], h2s?.[2]];
  return {
    title: title.slice(0, CLIP),
    lead: [meta('meta[name="description"]'), ...headings.map(textOf), ...paragraphs.slice(0, LEAD_PARAGRAPHS)].join('\n'),
    body: paragraphs.slice(LEAD_PARAGRAPHS).join('\n'),
  };
}
