// The development pool (test/fixtures/pool) read the way the extension reads a page: Readability
// for the article, the page's own metadata for its address, outlet and date, and the byline's
// printed date where the page has no machine-readable one.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleFromDocument, type ReadabilityClass } from '../lib/article';
import { bylineDate, dateOfDay, type PoolArticle } from '../lib/pool/article';
import { DAY_MS } from '../lib/pool/days';
import { ROOT } from './packs';
import type { EnglishFrequency } from '../lib/vocabulary';

export const POOL_DIR = path.join(ROOT, 'test/fixtures/pool');

export interface PoolLabels {
  events: Record<string, { title: string; kind: string; nearMissOf: string | null }>;
  articles: Record<string, { event: string | null; outlet: string; date: string; url: string; title: string }>;
}

/** One pool page as a pool article; its id is its file name (the labels' key). */
export function poolArticleOf(id: string, html: string): PoolArticle | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const byline = doc.querySelector('.byline')?.textContent ?? '';
  const article = articleFromDocument(doc, Readability as unknown as ReadabilityClass);
  if (!article) return null;
  const date = article.date ? dateOfDay(Math.floor(article.date / DAY_MS)) : bylineDate(byline);
  return { id, url, title: article.title, outlet: article.outlet ?? '', date, blocks: article.blocks };
}

/** Every pool page, in file-name order, and the labels. */
export function readPoolFixtures(): { articles: PoolArticle[]; labels: PoolLabels } {
  const dir = path.join(POOL_DIR, 'articles');
  const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().flatMap((f) => {
    const a = poolArticleOf(f.replace(/\.html$/, ''), fs.readFileSync(path.join(dir, f), 'utf8'));
    return a ? [a] : [];
  });
  return { articles, labels: JSON.parse(fs.readFileSync(path.join(POOL_DIR, 'labels.json'), 'utf8')) as PoolLabels };
}

/** General English word frequencies as word -> Zipf value. */
export function zipfTable(frequency: EnglishFrequency): Map<string, number> {
  const out = new Map<string, number>();
  for (const [z, words] of Object.entries(frequency.zipf)) for (const w of words.split(' ')) out.set(w, Number(z));
  return out;
}
