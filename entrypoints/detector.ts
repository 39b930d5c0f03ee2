// Runs on every page, so it stays tiny: an unlisted script (no polyfill, see PLATFORM.md) that
// reads a little cheap text, scores it and tells the background. It never writes to the page,
// never logs and never throws into it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { coverageScore, type DetectVocab, type PageSample } from '../lib/detect';
import type { MessageOf } from '../lib/messages';
import vocabJson from '../data/detect-vocab.json';

const vocab = vocabJson as DetectVocab;

/** Enough text to decide, read with textContent only (no layout), each piece clipped. */
const PARAGRAPHS = 8;
const LEAD_PARAGRAPHS = 2;
const CLIP = 2000;

type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
type Api = { runtime?: Runtime };

const text = (node: Node | null | undefined) => (node?.textContent ?? '').slice(0, CLIP);
const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content ?? '';

function sample(): PageSample {
  const ogTitle = meta('meta[property="og:title"]');
  const title = document.title.includes(ogTitle) ? document.title : `${document.title} ${ogTitle}`;
  // The article, when the page marks it, keeps nav, banners and comments out of the sample.
  const marked = document.querySelector('article') ?? document.querySelector('main');
  const root = marked && marked.getElementsByTagName('p').length >= LEAD_PARAGRAPHS ? marked : document.body;
  // Live collections are walked lazily: only as far as the items read.
  const ps = root ? root.getElementsByTagName('p') : [];
  const paragraphs: string[] = [];
  for (let i = 0; i < ps.length && i < PARAGRAPHS; i++) paragraphs.push(text(ps[i]));
  const headings = [document.getElementsByTagName('h1')[0], ...Array.from(root?.getElementsByTagName('h2') ?? []).slice(0, 3)];
  return {
    title: title.slice(0, CLIP),
    lead: [meta('meta[name="description"]'), ...headings.map(text), ...paragraphs.slice(0, LEAD_PARAGRAPHS)].join('\n'),
    body: paragraphs.slice(LEAD_PARAGRAPHS).join('\n'),
  };
}

export default defineUnlistedScript(() => {
  try {
    const g = globalThis as { browser?: Api; chrome?: Api };
    // The runtime.id check defeats a page element with id="browser" posing as the API.
    const api = g.browser?.runtime?.id ? g.browser : g.chrome;
    if (!api?.runtime?.id || !document.body) return;
    const score = coverageScore(sample(), vocab);
    const message: MessageOf<'coverage'> = { type: 'coverage', score, detected: score >= vocab.threshold };
    api.runtime.sendMessage(message)?.catch(() => {});
  } catch {
    // An unreadable page gets nothing, and no error in its console.
  }
});
