// @vitest-environment happy-dom
// The sidebar's state over a real page and the real matcher, with the browser faked: what the
// content script would render, step by step.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import { extractClaims, matchArticleClaims } from '../../lib/analyze';
import { articleFromDocument } from '../../lib/article';
import { detectIndex } from '../../lib/corpus';
import type { Message } from '../../lib/messages';
import type { StorySources } from '../../lib/stories';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { createSidebarState } from '../../lib/sidebar/controller';
import type { SidebarEnv } from '../../lib/sidebar/env';
import { splitSentences } from '../../lib/text/sentences';
import { ROOT as ROOT_DIR } from '../../scripts/packs';
import { realCorpus, realMatcher } from './support/corpus';

const PAGE = fs.readFileSync(path.join(ROOT_DIR, 'test/fixtures/pages/seed-002_501c76c112f71d4c.html'), 'utf8');

function fakeEnv(patch: Partial<SidebarEnv> = {}) {
  const rendered: (SidebarProps | null)[] = [];
  const sent: Message[] = [];
  const corpus = realCorpus();
  const env: SidebarEnv = {
    doc: document,
    win: window as unknown as SidebarEnv['win'],
    index: async () => detectIndex([realCorpus()]),
    async send(message) {
      sent.push(message);
      if (message.type === 'listSources') {
        return {
          story: { id: corpus.story.id, title: corpus.story.title, summary: '' },
          sources: corpus.sources.map((s) => ({ id: s.id, title: s.title, label: s.title || s.id, outlet: s.outlet, date: s.date, sentences: s.sentences.length })),
          names: corpus.names,
        };
      }
      if (message.type === 'matchClaims') {
        const extracted = extractClaims(message.blocks, corpus.names);
        return { ...matchArticleClaims(realMatcher(), message.blocks, extracted.claims), truncated: extracted.truncated };
      }
      if (message.type === 'lookup') return realMatcher().lookup(message.text, { exclude: message.exclude });
      return undefined;
    },
    readArticle: () => articleFromDocument(document.cloneNode(true) as Document, Readability),
    render: (props) => void rendered.push(props),
    pageStyle: vi.fn(),
    setTimeout: (fn) => fn(),
    saveCollapsed: vi.fn(),
    saveSettings: vi.fn(),
    copy: vi.fn(async () => {}),
    download: vi.fn(),
    isInvalid: () => false,
    checked: vi.fn(),
    ...patch,
  };
  return { env, rendered, sent, last: () => rendered[rendered.length - 1] };
}

const load = (html: string) => (document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, ''));

beforeEach(() => {
  load(PAGE);
  Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
});

describe('the sidebar state', () => {
  it('checks a coverage page: cards with reasons, the story, its sources as chips, beside the page', async () => {
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    const props = last()!;
    expect(props.status).toBe('ready');
    expect(props.cards.length).toBeGreaterThan(3);
    expect(props.layout).toBe('side');
    expect(props.story?.sources).toBe(5);
    expect(props.sources?.map((s) => s.chip)).toContain('Bloomberg');
    for (const card of props.cards) expect(card.reason === null).toBe(card.verdict !== 'varying');
    expect(env.pageStyle).toHaveBeenLastCalledWith(expect.stringContaining('margin-right: 360px'));
    expect(env.checked).toHaveBeenCalledOnce();
  });

  it('marks its steps of the first card’s path, passing on the background’s times, the cards out by the last', async () => {
    const steps: [string, unknown, string | undefined][] = [];
    const timings = { worker: [1, 2], match: [3, 4, 5, 6] };
    const { env, rendered } = fakeEnv();
    const send = env.send;
    env.send = async (m) => (m.type === 'matchClaims' ? { ...((await send(m)) as object), timings } : send(m));
    env.mark = (name, t) => void steps.push([name, t, rendered.at(-1)?.status]);
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(steps.map(([name, t]) => [name, t])).toEqual([['request:start', undefined], ['request:end', timings], ['render:end', undefined]]);
    // The cards are rendered when the last step is marked, and not before the reply.
    expect(steps.map(([, , status]) => status)).toEqual(['checking', 'checking', 'ready']);
  });

  it('takes the story the detector found on its first check, without scoring the page again', async () => {
    const { env, last, sent } = fakeEnv();
    const index = vi.fn(env.index);
    env.index = index;
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    const known = (await env.send({ type: 'listSources', story: 'nato-handover-2024' })) as StorySources;
    sent.length = 0;
    await sidebar.check(true, known);
    expect(index).not.toHaveBeenCalled();
    expect(sent.map((m) => m.type)).toEqual(['matchClaims']);
    expect(last()!.cards.length).toBeGreaterThan(3);
    // A re-check (a new article in the page) scores the page itself.
    await sidebar.recheck();
    expect(index).toHaveBeenCalledOnce();
  });

  it('stands beside the article from 900 px, keeping the article 540 px', async () => {
    Object.defineProperty(window, 'innerWidth', { value: 900, configurable: true });
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(last()).toMatchObject({ collapsed: false, layout: 'side' });
  });

  it('starts as a slim tab on a narrower window, and opens when asked', async () => {
    Object.defineProperty(window, 'innerWidth', { value: 899, configurable: true });
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(last()).toMatchObject({ collapsed: true, layout: 'overlay' });
    sidebar.open();
    expect(last()).toMatchObject({ collapsed: false });
  });

  it('remembers the reader\'s choices and says where a confirmation belongs', async () => {
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    last()!.onPlacement('overlay');
    expect(env.saveSettings).toHaveBeenCalledWith({ placement: 'overlay' });
    expect(last()).toMatchObject({ layout: 'overlay', placement: 'overlay' });
    last()!.onMoveTab!(0.8);
    expect(env.saveSettings).toHaveBeenLastCalledWith({ tabPosition: 0.8 });
    expect(last()).toMatchObject({ tabPosition: 0.8 });
    last()!.onCollapse(true);
    expect(env.saveCollapsed).toHaveBeenCalledWith(true);
    last()!.onCopyReport();
    await vi.waitFor(() => expect(last()!.notice).toEqual({ text: 'Report copied to the clipboard.', at: 'copy' }));
    expect(vi.mocked(env.copy).mock.calls[0][0]).toContain('## Compare: claims by source');
  });

  it('opens a source with the source’s own matched words to mark: the quoted run, the figure as the source writes it', async () => {
    const { env, last, sent } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    const cards = last()!.cards;
    const quote = cards.find((c) => c.kind === 'quote' && c.evidence.some((e) => e.match === 'exact'))!.evidence.find((e) => e.match === 'exact')!;
    expect(quote.passage).toContain(quote.matched);
    last()!.onOpenSource(quote.source, quote.passage, quote.matched);
    expect(sent.at(-1)).toEqual({ type: 'openSource', source: quote.source, passage: quote.passage, words: quote.matched });
    const figure = cards.find((c) => c.kind === 'figure' && c.evidence.length)!.evidence[0];
    expect(figure.passage).toContain(figure.matched);
    last()!.onOpenSource(figure.source, figure.passage, figure.matched);
    expect(sent.at(-1)).toMatchObject({ words: figure.matched });
    last()!.onOpenSource(figure.source, figure.passage);
    expect(sent.at(-1)).toEqual({ type: 'openSource', source: figure.source, passage: figure.passage });
  });

  it('offers no adding on a page that is one of the story’s sources', async () => {
    const { env, last, sent } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(last()!.selfLabel).not.toBeNull();
    expect(last()!.addPage).toMatchObject({ state: 'already' });
    expect(await sidebar.addPage()).toEqual({ ok: false, error: 'This page is already a source.' });
    expect(sent.filter((m) => m.type === 'addPage')).toHaveLength(0);
  });

  it('on a phone, a tapped mark’s card opens in the sheet and its passage moves above the sheet', async () => {
    Object.defineProperty(window, 'innerWidth', { value: 390, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 844, configurable: true });
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(last()).toMatchObject({ collapsed: true, layout: 'sheet' });
    const index = sidebar.ranges.findIndex((r) => r?.length);
    // happy-dom lays nothing out: the passage stands where the sheet will cover it.
    vi.spyOn(sidebar.ranges[index]![0], 'getBoundingClientRect').mockReturnValue({ top: 700, bottom: 740 } as DOMRect);
    sidebar.focusCard(index);
    expect(last()).toMatchObject({ collapsed: false, focus: last()!.cards[index].id });
    expect(scrollBy).toHaveBeenCalledOnce();
    const by = (scrollBy.mock.calls[0][0] as ScrollToOptions).top!;
    expect(740 - by).toBeLessThanOrEqual(844 * (1 - 0.58));
    expect(700 - by).toBeGreaterThanOrEqual(0);
  });

  it('after adding the page, says so once and counts the new source', async () => {
    load(fs.readFileSync(path.join(ROOT_DIR, 'test/fixtures/reader/reader-interview.html'), 'utf8'));
    const { env, last, sent } = fakeEnv();
    const send = env.send;
    env.send = async (m) => (m.type === 'addPage' ? (sent.push(m), { ok: true, source: { id: 'added-1' } }) : send(m));
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(last()!.addPage?.state).toBe('ready');
    expect(await sidebar.addPage()).toMatchObject({ ok: true });
    expect(last()).toMatchObject({ addPage: { state: 'added', message: null }, story: { sources: 6 } });
    expect(await sidebar.addPage()).toMatchObject({ ok: false });
  });

  it('focuses a card asked for from the page, and answers look-ups newest first', async () => {
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    sidebar.focusCard(1);
    expect(last()!.focus).toBe(last()!.cards[1].id);
    await sidebar.lookup({ text: 'NATO will be in safe hands', cut: false });
    await sidebar.lookup({ text: '', cut: false });
    expect(last()!.lookups.map((l) => l.message)).toEqual(['Select some text first, then look it up.', null]);
  });

  it('answers a look-up of a sentence with the page claims inside it, each with its card\'s verdict (CLAIMS §6)', async () => {
    const { env, last } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    const card = last()!.cards.find((c) => c.kind === 'figure' && c.verdict === 'corroborated')!;
    const block = sidebar.article!.blocks.find((b) => b.includes(card.text))!;
    const sentence = splitSentences(block).find((x) => x.text.includes(card.text))!.text;
    await sidebar.lookup({ text: sentence, cut: false });
    const answer = last()!.lookups[0];
    const same = answer.claims!.find((c) => c.text === card.text)!;
    expect(same.verdict).toBe('corroborated');
    for (const c of answer.claims!) expect(c.verdict).toBe(last()!.cards.find((x) => x.text === c.text)!.verdict);
    // Nothing in the answer reads as "Unique" for a sentence the sidebar corroborates.
    expect(answer.card?.verdict ?? null).not.toBe('unique');
  });

  it('asks the pool whether the page of a found story reports its event, and shows nothing when not', async () => {
    for (const reports of [false, true]) {
      const { env, sent, rendered } = fakeEnv();
      const send = env.send;
      env.send = async (m) => (m.type === 'reportsEvent' ? (sent.push(m), reports) : send(m));
      const sidebar = createSidebarState(env, '');
      sidebar.applySettings(DEFAULT_SETTINGS, true);
      const known = (await env.send({ type: 'listSources', story: 'nato-handover-2024' })) as StorySources;
      sent.length = 0;
      await sidebar.check(true, { ...known, story: { ...known.story!, id: 'found-3' } });
      const asked = sent.find((m) => m.type === 'reportsEvent');
      expect(asked).toMatchObject({ story: 'found-3', page: { title: expect.stringContaining('Rutte') } });
      if (reports) expect(sent.map((m) => m.type)).toEqual(['reportsEvent', 'matchClaims']);
      else {
        expect(sent.map((m) => m.type)).toEqual(['reportsEvent', 'pageChecked']);
        expect(sent[1]).toMatchObject({ detected: false, story: null });
        expect(rendered).toEqual([null]);
      }
    }
  });

  it('closes on a page that is not coverage, telling the background', async () => {
    document.body.innerHTML = '<article><p>The football club won its match on Saturday.</p></article>';
    const { env, sent, rendered } = fakeEnv();
    const sidebar = createSidebarState(env, '');
    sidebar.applySettings(DEFAULT_SETTINGS, true);
    await sidebar.check(true);
    expect(sent.map((m) => m.type)).toEqual(['pageChecked']);
    expect(rendered).toEqual([null]);
    expect(sidebar.shown).toBe(false);
  });
});
