// What the sidebar should show on each fixture page, worked out in Node with the same library
// the extension runs (Readability over the page, claims, matching against the built corpus),
// and, for the seed pages, checked against the hand labels too.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractClaims, matchArticleClaims } from '../../lib/analyze';
import { articleFromDocument } from '../../lib/article';
import type { CorpusData } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { reasonOf } from '../../lib/reason';
import { PAGES } from './server';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const SEEDS = [
  '000_a865106c2e9a649a', '001_28a6fb4aff1795b7', '002_501c76c112f71d4c', '003_4adf82bac7be8ca4', '004_8c69868f6fc53621',
];
export const COVERAGE_PAGES = [
  ...SEEDS.map((id) => `seed-${id}.html`),
  'changed-figures.html', 'swapped-speakers.html', 'quote-styles.html', 'paraphrased-quotes.html',
  'near-nato-summit.html', 'heavy-furniture.html',
];
export const NEGATIVE_PAGES = ['neg-football.html', 'neg-dutch-cabinet.html', 'neg-tech-aside.html', 'neg-us-election.html', 'neg-nato-exercise.html'];

export interface CardSeen {
  kind: string;
  verdict: string;
  /** data-reason: why a varying claim varies; null on other cards. */
  reason: string | null;
  text: string;
}

const corpus = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/corpus.json'), 'utf8')) as CorpusData;
const story = corpus.stories.find((s) => s.story.id === 'nato-handover-2024')!;
const matcher = createMatcher(story);
// The story's full names, as the background hands them to the sidebar.
const names = story.names;

/** The cards the sidebar should show for a fixture page, in reading order. */
export function expectedCards(page: string): CardSeen[] {
  const { document } = parseHTML(fs.readFileSync(path.join(PAGES, page), 'utf8'));
  const article = articleFromDocument(document as unknown as Document, Readability);
  if (!article) throw new Error(`${page}: no article`);
  const { results } = matchArticleClaims(matcher, article.blocks, extractClaims(article.blocks, names).claims);
  return results.map((r) => ({ kind: r.claim.kind, verdict: r.verdict, reason: reasonOf(r), text: r.claim.text }));
}

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Labelled claims of a seed page that the cards miss or give another verdict. */
export function labelMismatches(seed: string, cards: CardSeen[]): string[] {
  const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/labels', `${seed}.json`), 'utf8')) as {
    claims: { kind: string; text: string; verdict: string | string[] }[];
  };
  const out: string[] = [];
  for (const claim of labels.claims) {
    const want = ([] as string[]).concat(claim.verdict);
    const card = cards.find((c) => c.kind === claim.kind && (norm(c.text).includes(norm(claim.text)) || norm(claim.text).includes(norm(c.text))));
    if (!card) out.push(`missing ${claim.kind}: ${claim.text}`);
    else if (!want.includes(card.verdict)) out.push(`${card.verdict} (want ${want.join('|')}): ${claim.text}`);
  }
  return out;
}

/** The claim text a card shows, without the quote marks the card adds around quotes. */
export const cardText = (shown: string) => shown.replace(/^“|”$/g, '');

export const ARTIFACTS = path.join(ROOT, 'test/artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });

/** The article of another fixture page, for a single-page-app navigation that swaps it in. */
export function articleHtml(page: string): string {
  const html = fs.readFileSync(path.join(PAGES, page), 'utf8');
  const m = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html);
  if (!m) throw new Error(`${page} has no <article>`);
  return m[1];
}
