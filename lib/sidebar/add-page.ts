// Adding the page the sidebar checked as a source of its story (sidebar button, popup).
import { asPageSource } from '../article';
import { request } from '../messages';
import type { Outcome } from '../outcome';
import type { SourceSummary } from '../stories';
import { NO_SOURCES, show, type SidebarView } from './view';

/** Keeps this page's article as a source of its story. */
export async function addPage(v: SidebarView): Promise<Outcome<{ source: SourceSummary }>> {
  const story = v.known.story;
  const { article, props } = v;
  if (!article || !story) return { ok: false, error: 'This page is not checked against a story.' };
  if (props.addPage?.state === 'already' || props.addPage?.state === 'added') return { ok: false, error: 'This page is already a source.' };
  show(v, { addPage: { story: story.title, state: 'adding', message: null } });
  const reply = await request(v.env.send, { type: 'addPage', story: story.id, page: asPageSource(article, v.env.win.location.href) }).catch(() => null);
  if (!reply?.ok) {
    const error = reply?.error ?? 'The page could not be added. Try again.';
    show(v, { addPage: { story: story.title, state: 'ready', message: error } });
    return { ok: false, error };
  }
  v.known = NO_SOURCES;
  const count = v.props.story ? { story: { ...v.props.story, sources: v.props.story.sources + 1 } } : {};
  show(v, { ...count, addPage: { story: story.title, state: 'added', message: null } });
  return reply;
}
