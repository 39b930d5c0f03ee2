// Stories the reader brings, in Debian's Chromium: a page added from the sidebar becomes evidence
// for other pages until it is removed; a pack imported on the options page makes its story's
// pages detected and checked; a bad pack changes nothing; the reader's stories survive a
// restarted service worker; a story switched off is no longer detected.
// Chromium only for the options page: Firefox refuses to open moz-extension:// pages under
// WebDriver BiDi (PLATFORM.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toPackFile } from '../../lib/pack';
import { readPack } from '../../scripts/packs';
import { chromiumPath, launchChromium, stopServiceWorker, type ChromiumRun } from './browsers';
import { firefoxDriver, SIDEBAR_HOST, type Driver } from './drivers';
import { PAGES, serveFixtures, type FixtureServer } from './server';

const STORY_DIR = path.resolve(import.meta.dirname, '../fixtures/stories/rate-cut');
const READER_PAGES = path.resolve(import.meta.dirname, '../fixtures/reader');
const SHARED_QUOTE = 'Our doors stay open to every partner who shares our values';
const RATE_PAGE = 'p1_aldersund-post.html';
const executablePath = chromiumPath();

let run: ChromiumRun;
let server: FixtureServer;
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-packs-'));
const packFile = path.join(files, 'rate-cut.json');
const badFile = path.join(files, 'broken.json');

beforeAll(async () => {
  fs.writeFileSync(packFile, JSON.stringify(toPackFile(readPack(STORY_DIR))));
  fs.writeFileSync(badFile, '{ "triangulatePack": 1, "story": ');
  server = await serveFixtures([PAGES, path.join(STORY_DIR, 'pages'), READER_PAGES]);
  run = await launchChromium(executablePath);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
  fs.rmSync(files, { recursive: true, force: true });
});

async function optionsPage() {
  const tab = await run.context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(`chrome-extension://${run.extensionId}/options.html`);
  await expect.poll(() => tab.locator('[data-story]').count()).toBeGreaterThan(0);
  return { tab, problems };
}

const storyIds = (tab: Page) => tab.locator('[data-story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story')));

/** The verdicts of the sidebar's claim cards once it has checked the page. */
async function verdictsOn(page: string): Promise<{ tab: Page; verdicts: string[] }> {
  const tab = await run.context.newPage();
  await tab.goto(server.url(page));
  const cards = tab.locator(`${SIDEBAR_HOST} [data-claim]`);
  await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return { tab, verdicts: await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict') ?? '')) };
}

/** The verdict of the card holding `text`, once the sidebar has checked the page. */
async function verdictOf(tab: Page, text: string) {
  const card = tab.locator(`${SIDEBAR_HOST} [data-claim]`, { hasText: text });
  await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
  return card.getAttribute('data-verdict');
}

describe('pages the reader adds, in Chromium', () => {
  it('a page added from the sidebar corroborates another page’s claim, until it is removed', async () => {
    const followUp = await run.context.newPage();
    await followUp.goto(server.url('reader-followup.html'));
    expect(await verdictOf(followUp, SHARED_QUOTE)).toBe('unique');
    await followUp.close();

    const added = await run.context.newPage();
    await added.goto(server.url('reader-interview.html'));
    const button = added.locator(`${SIDEBAR_HOST} button[data-action="add-page"]`);
    await expect.poll(() => button.count(), { timeout: 15_000 }).toBe(1);
    expect(await button.textContent()).toBe('Add this page to NATO leadership handover');
    await button.click();
    await expect.poll(() => added.locator(`${SIDEBAR_HOST} .add-page [role="status"]`).textContent()).toBe('Added to “NATO leadership handover”.');
    // One sentence at a time, and the count follows at once.
    expect(await added.locator(`${SIDEBAR_HOST} .add-page`).textContent()).toBe('Added to “NATO leadership handover”.');
    expect(await added.locator(`${SIDEBAR_HOST} [data-story]`).textContent()).toMatch(/· 6 sources$/);
    await added.close();

    const again = await run.context.newPage();
    await again.goto(server.url('reader-followup.html'));
    expect(await verdictOf(again, SHARED_QUOTE)).toBe('corroborated');
    // The evidence names the added page by its outlet or title, as the page stated them.
    const card = again.locator(`${SIDEBAR_HOST} [data-claim]`, { hasText: SHARED_QUOTE });
    expect(await card.textContent()).toMatch(/Harbour Courier|An hour with the new NATO chief/);
    await again.close();

    // The page itself, visited again, is already a source: no button.
    const revisit = await run.context.newPage();
    await revisit.goto(server.url('reader-interview.html'));
    await expect.poll(() => revisit.locator(`${SIDEBAR_HOST} .add-page`).textContent(), { timeout: 15_000 }).toContain('Already a source');
    expect(await revisit.locator(`${SIDEBAR_HOST} button[data-action="add-page"]`).count()).toBe(0);
    await revisit.close();

    const { tab: options } = await optionsPage();
    const row = options.locator('[data-story="nato-handover-2024"] [data-source]', { hasText: 'An hour with the new NATO chief' });
    await row.locator('[data-action="remove-source"]').click();
    await expect.poll(() => options.locator('[data-story="nato-handover-2024"] [role="status"]').textContent()).toBe('Source removed.');
    await options.close();

    const after = await run.context.newPage();
    await after.goto(server.url('reader-followup.html'));
    expect(await verdictOf(after, SHARED_QUOTE)).toBe('unique');
    await after.close();
  });
});

describe('story packs in Chromium', () => {
  it('a bad pack file is refused in one line beside the control, and the stories stay as they were', async () => {
    const { tab, problems } = await optionsPage();
    const before = await storyIds(tab);
    await tab.locator('input[type="file"][data-action="import-pack"]').setInputFiles(badFile);
    await expect.poll(() => tab.locator('.import [role="alert"]').textContent()).toBe('The file is not JSON.');
    expect(await storyIds(tab)).toEqual(before);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('an imported pack of a new story makes its pages detected and checked against it', async () => {
    const { tab } = await optionsPage();
    await tab.locator('input[type="file"][data-action="import-pack"]').setInputFiles(packFile);
    await expect.poll(() => tab.locator('.import [role="status"]').textContent(), { timeout: 20_000 }).toBe(
      'Added 5 sources to “Bank of Vesland makes its first interest rate cut in three years”.',
    );
    expect(await storyIds(tab)).toEqual(['nato-handover-2024', 'rate-cut']);
    await expect.poll(() => tab.locator('[data-story="rate-cut"] [data-source]').count()).toBe(5);
    // Importing it again adds nothing.
    await tab.locator('input[type="file"][data-action="import-pack"]').setInputFiles(packFile);
    await expect.poll(() => tab.locator('.import [role="status"]').textContent()).toContain('Added 0 sources');
    await expect.poll(() => tab.locator('.import [role="status"]').textContent()).toContain('skipped 5 already there');

    const { tab: page, verdicts } = await verdictsOn(RATE_PAGE);
    expect(verdicts).toContain('corroborated');
    expect(await page.locator(`${SIDEBAR_HOST} [data-story]`).textContent()).toBe(
      'Checked against: Bank of Vesland makes its first interest rate cut in three years · 5 sources',
    );
    await page.close();
    await tab.close();
  });

  it('the reader’s story survives a stopped service worker', async () => {
    const probe = await run.context.newPage();
    await probe.goto(server.url('neg-football.html'));
    const { status, detach } = await stopServiceWorker(run, probe);
    // Something may wake it again at once: that it stopped is what counts.
    await expect.poll(() => status.includes('stopped')).toBe(true);
    const { tab, verdicts } = await verdictsOn('p2_marketdesk-live.html');
    expect(verdicts).toContain('corroborated');
    await detach();
    await tab.close();
    await probe.close();
  });

  it('exports a story as a pack file, and a story switched off is no longer detected', async () => {
    const { tab } = await optionsPage();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator('[data-story="rate-cut"] [data-action="export-pack"]').click()]);
    expect(download.suggestedFilename()).toBe('rate-cut.triangulate-pack.json');
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ triangulatePack: 1, story: { id: 'rate-cut' } });
    expect(exported.sources).toHaveLength(5);

    await tab.locator('[data-story="rate-cut"] input[role="switch"]').uncheck();
    await expect.poll(() => tab.locator('[data-story="rate-cut"] [role="status"]').textContent()).toContain('Switched off');
    const page = await run.context.newPage();
    await page.goto(server.url(RATE_PAGE));
    // The detector has had time to read the page; nothing is added to it.
    await page.waitForTimeout(1500);
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
    await page.close();
    await tab.close();
  });
});

// The page side in Firefox too: the sidebar's button adds the page, and another page's claim is
// then corroborated by it. (Removing it is done on the options page: Chromium only, above.)
describe('pages the reader adds, in Firefox', () => {
  let firefox: Driver;
  let pages: FixtureServer;

  beforeAll(async () => {
    pages = await serveFixtures([READER_PAGES]);
    firefox = firefoxDriver();
    await firefox.launch();
  });

  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });

  const verdict = async (tab: Awaited<ReturnType<Driver['open']>>) => {
    await expect.poll(async () => (await tab.cards()).find((c) => c.text.includes(SHARED_QUOTE))?.verdict, { timeout: 15_000 }).toBeDefined();
    return (await tab.cards()).find((c) => c.text.includes(SHARED_QUOTE))!.verdict;
  };

  it('a page added from the sidebar corroborates another page’s claim', async () => {
    const before = await firefox.open(pages.url('reader-followup.html'));
    expect(await verdict(before)).toBe('unique');
    await before.close();

    const added = await firefox.open(pages.url('reader-interview.html'));
    await expect.poll(() => added.countInUi('button[data-action="add-page"]'), { timeout: 15_000 }).toBe(1);
    await added.clickInUi('button[data-action="add-page"]');
    await expect.poll(() => added.countInUi('button[data-action="add-page"]')).toBe(0);
    expect(added.problems).toEqual([]);
    await added.close();

    const after = await firefox.open(pages.url('reader-followup.html'));
    expect(await verdict(after)).toBe('corroborated');
    expect(after.problems).toEqual([]);
    await after.close();
  });
});
