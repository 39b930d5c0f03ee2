// The built extension in Firefox ESR. Firefox refuses WebDriver BiDi on extension pages
// (moz-extension://), so the popup is tested in Chromium and in component tests; here the
// page side is checked, and the toolbar button is read from the browser's own window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefox, type FirefoxRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';

const COVERAGE = 'seed-000_a865106c2e9a649a.html';
const UNRELATED = 'neg-football.html';
// Checked as the file loads: a missing browser fails the file, it is never skipped.
const executablePath = firefoxPath();

let run: FirefoxRun;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  run = await launchFirefox(executablePath);
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function open(page: string) {
  const tab = await run.browser.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => problems.push(`console.${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  await tab.goto(server.url(page));
  return { tab, problems };
}

describe('Firefox', () => {
  it('marks a news page on the story as coverage, then with its claim count', async () => {
    const { tab, problems } = await open(COVERAGE);
    // First a tick for coverage, then the count once the sidebar has checked the claims.
    await expect.poll(async () => (await run.action(server.url(COVERAGE))).badge, { timeout: 20_000 }).toMatch(/^\d+$/);
    const { badge, title } = await run.action(server.url(COVERAGE));
    const counts = /^Triangulate: (\d+) claims — (\d+) corroborated, (\d+) varying, (\d+) unique$/.exec(title);
    expect(counts, title).not.toBeNull();
    const [total, ...each] = counts!.slice(1).map(Number);
    expect(Number(badge)).toBe(total);
    expect(each.reduce((a, b) => a + b, 0)).toBe(total);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('leaves an unrelated news page unmarked, having read it', async () => {
    const { tab, problems } = await open(UNRELATED);
    await expect
      .poll(() => run.action(server.url(UNRELATED)), { timeout: 15_000 })
      .toEqual({ badge: '', title: 'Triangulate: this page is not coverage of the story in its sources' });
    expect(problems).toEqual([]);
    await tab.close();
  });
});
