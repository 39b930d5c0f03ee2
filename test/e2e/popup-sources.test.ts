// The reader's view, round three, in Debian's Chromium (Firefox does not open extension pages
// under WebDriver BiDi: README): the popup's results fill its height, one entry per passage with
// every source that holds it, each labelled by what it is; the sources page groups the sources
// by story with their origins and follows changes; a pack that cannot recognise its pages says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPackFile } from '../../lib/pack';
import { readPack } from '../../scripts/packs';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';

type AxeRule = { id: string; impact: string; nodes: { target: (string | string[])[] }[] };
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[] }> };
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const STORY_DIR = path.resolve(import.meta.dirname, '../fixtures/stories/rate-cut');
const NATO = 'nato-handover-2024';
const TWO_SOURCE_WARNING = 'this story has only 2 sources: Triangulate needs 3 to recognise its pages.';

let run: ChromiumRun;
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-popup-'));
const twoSourcePack = path.join(files, 'two-sources.json');

beforeAll(async () => {
  const pack = readPack(STORY_DIR);
  fs.writeFileSync(twoSourcePack, JSON.stringify(toPackFile({ ...pack, sources: pack.sources.slice(0, 2) })));
  run = await launchChromium(chromiumPath());
});

afterAll(async () => {
  await run?.close();
  fs.rmSync(files, { recursive: true, force: true });
});

async function extensionPage(file: string, viewport = { width: 1000, height: 700 }) {
  const tab = await run.context.newPage();
  await tab.setViewportSize(viewport);
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(`chrome-extension://${run.extensionId}/${file}`);
  return { tab, problems };
}

async function axeViolations(tab: Page) {
  await tab.evaluate(AXE);
  const result = await tab.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function searchPopup(query: string) {
  const popup = await extensionPage('popup.html', { width: 380, height: 600 });
  await popup.tab.locator('input[type="search"]').fill(query);
  await expect.poll(() => popup.tab.locator('.search-status').textContent()).toMatch(/^\d+ passages? ·/);
  return popup;
}

/** Results wholly inside the window and inside the list's own scroll box. */
const resultsInView = (tab: Page) =>
  tab.evaluate(() => {
    const list = document.querySelector('#search-results')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-result]')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= Math.max(0, list.top) && r.bottom <= Math.min(innerHeight, list.bottom) + 0.5;
    }).length;
  });

describe('the popup’s search, 380 × 600', () => {
  it('shows at least five results in view: the results are the popup’s main scroll area', async () => {
    const { tab, problems } = await searchPopup('Rutte');
    expect(await tab.locator('[data-result]').count()).toBeGreaterThanOrEqual(10);
    expect(await resultsInView(tab)).toBeGreaterThanOrEqual(5);
    // The page itself does not scroll: the list does.
    expect(await tab.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight)).toBe(true);
    expect(await tab.locator('.sources').count()).toBe(0);
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('gives a passage several sources hold one entry naming them, and Enter opens its first source', async () => {
    const { tab } = await searchPopup('both candidates');
    const entries = tab.locator('[data-result]', { hasText: 'I know both candidates very well' });
    expect(await entries.count()).toBe(1);
    expect(Number(await entries.getAttribute('data-sources'))).toBeGreaterThanOrEqual(3);
    expect(await entries.locator('.where').textContent()).toMatch(/^ · in .+ · .+ · \d+ more$/);
    const index = await tab.locator('[data-result]').evaluateAll((els) => els.findIndex((e) => e.textContent!.includes('I know both candidates very well')));
    const input = tab.locator('input[type="search"]');
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    expect(await entries.getAttribute('aria-selected')).toBe('true');
    const first = await entries.getAttribute('data-source');
    const [opened] = await Promise.all([run.context.waitForEvent('page'), input.press('Enter')]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).searchParams.get('source')).toBe(first);
    await opened.close();
    await tab.close();
  });

  it('labels each hit by what it is: a figure for a number, a sentence for words beside one', async () => {
    let { tab } = await searchPopup('57');
    expect(await tab.locator('[data-result]').first().locator('.kind').textContent()).toBe('Figure');
    await tab.close();
    ({ tab } = await searchPopup('Stoltenberg'));
    const kinds = await tab.locator('[data-result] .kind').allTextContents();
    expect(kinds).toContain('Sentence');
    expect(kinds).not.toContain('Figure');
    await tab.close();
  });
});

describe('the sources page and a pack that cannot recognise its pages', () => {
  it('groups the sources by story with their origins, says why a two-source pack cannot fire, and follows the change', async () => {
    const { tab: sources, problems } = await extensionPage('sources.html');
    const stories = sources.locator('section[data-story]');
    await expect.poll(() => stories.count()).toBe(1);
    expect(await stories.first().getAttribute('data-origin')).toBe('bundled');
    expect(await sources.locator(`[data-story="${NATO}"] li[data-origin="bundled"]`).count()).toBe(5);
    expect(await sources.locator(`[data-story="${NATO}"] .story-meta`).textContent()).toBe('5 sources, all bundled · bundled story');

    const { tab: options } = await extensionPage('options.html');
    await expect.poll(() => options.locator('[data-story]').count()).toBe(1);
    await options.locator('input[type="file"][data-action="import-pack"]').setInputFiles(twoSourcePack);
    await expect.poll(() => options.locator('.import [role="status"]').textContent(), { timeout: 20_000 }).toBe(`Imported, but ${TWO_SOURCE_WARNING}`);
    const row = options.locator('[data-story="rate-cut"]');
    expect(await row.locator('[data-warning]').textContent()).toBe(`T${TWO_SOURCE_WARNING.slice(1)}`);
    expect(await row.locator('.story-head .meta').textContent()).toContain('2 sources, all imported');
    // One status at a time: the row's outcome replaces the import line's.
    await row.locator('[data-source]').first().locator('[data-action="remove-source"]').click();
    await expect.poll(() => row.locator('[role="status"]').textContent()).toBe('Source removed.');
    expect(await options.locator('.import [role="status"]').count()).toBe(0);

    // The sources page, left open, follows: the imported story with what is left of it.
    const imported = sources.locator('section[data-story="rate-cut"]');
    await expect.poll(() => imported.count()).toBe(1);
    expect(await imported.getAttribute('data-origin')).toBe('imported');
    await expect.poll(() => imported.locator('li[data-origin="imported"]').count()).toBe(1);
    expect(await imported.locator('.story-meta').textContent()).toBe('1 source, all imported · imported story');
    expect(await axeViolations(sources)).toEqual([]);
    expect(problems).toEqual([]);
    await options.close();
    await sources.close();
  });
});
