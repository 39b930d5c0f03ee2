// The sidebar's check of its page: read the article, find its story, have the background match
// its claims, and show the cards and the marks in the page.
import { asPageSource } from '../article';
import { request } from '../messages';
import { foundCluster } from '../pool/found';
import type { StorySources } from '../stories';
import { clearHighlights, locateClaims, paintHighlights } from './page';
import { checkedProps, coverageOf } from './reading';
import { close, isOff, mount, NO_SOURCES, show, type SidebarView } from './view';

/** The sources of a story, asked for only when the view does not already have them. */
export async function sourcesOf(v: SidebarView, story: string | null): Promise<StorySources> {
  if (v.known.story?.id !== story || !v.known.sources.length) v.known = (await request(v.env.send, { type: 'listSources', story })) ?? NO_SOURCES;
  return v.known;
}

/** Reads and checks the page; a newer call supersedes one still under way. `detected` is the
 * story the detector found this page to cover, with its sources: the first check takes it
 * rather than scoring the page again. */
export async function check(v: SidebarView, open: boolean, detected: StorySources | null = null) {
  const { env } = v;
  const mine = ++v.generation;
  clearHighlights(env.win);
  if (isOff(v)) return close(v);
  const read = env.readArticle();
  if (detected?.story) v.known = detected;
  const index = read && !detected?.story ? await env.index().catch(() => null) : null;
  if (mine !== v.generation) return;
  const { capped, coverage } = coverageOf(read, index, v.settings.strictness, detected?.story?.id ?? null);
  if (!capped || !coverage.story) {
    close(v);
    // The toolbar should agree with what the sidebar now sees.
    void env.send({ type: 'pageChecked', ...coverage }).catch(() => {});
    return;
  }
  const story = coverage.story;
  // The same people at another event read like a found story's event: the pool tells them apart.
  const page = asPageSource(capped.article, env.win.location.href);
  const reports = foundCluster(story) === null || (await request(env.send, { type: 'reportsEvent', story, page }).catch(() => true));
  if (mine !== v.generation) return;
  if (!reports) {
    close(v);
    void env.send({ type: 'pageChecked', detected: false, score: coverage.score, story: null }).catch(() => {});
    return;
  }
  v.article = capped.article;
  show(v, { status: 'checking', lookupOnly: false, truncated: capped.truncated, notice: null });
  if (open) mount(v);
  try {
    await sourcesOf(v, story);
    env.mark?.('request:start');
    const matched = await request(env.send, { type: 'matchClaims', story, blocks: v.article.blocks });
    env.mark?.('request:end', matched.timings);
    if (mine !== v.generation || env.isInvalid()) return;
    v.results = matched.results;
    v.self = matched.self;
    v.ranges = locateClaims(env.doc, v.article, v.results);
    const truncated = capped.truncated || matched.truncated;
    show(v, checkedProps({ results: v.results, self: v.self, known: v.known, idPrefix: `claim-${mine}`, truncated, url: env.win.location.href }));
    repaint(v);
    env.mark?.('render:end');
    env.checked();
  } catch {
    if (mine === v.generation) show(v, { status: 'failed' });
  }
}

/** The claims' marks in the page, when the reader has them on. */
export function repaint(v: SidebarView) {
  if (v.settings.highlights && v.article) paintHighlights(v.env.win, v.results, v.ranges);
  else clearHighlights(v.env.win);
}
