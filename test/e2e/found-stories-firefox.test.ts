// Stories that find themselves, the page side in Firefox ESR: with learning from reading on, the
// reader reads unrelated pages and three pages of one event (from three outlets); a fourth page
// of that event is then checked against the story they made, and the same players' semi-final
// is not. Firefox cannot open the options page under WebDriver BiDi (PLATFORM.md), so the setting
// is written into the extension's storage from the browser's own window (FirefoxRun.setStorage), and the pool fills through the background's
// own reading path, as it does for a reader.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings';
import { firefoxPath, launchFirefox, type FirefoxRun } from './browsers';

const ARTICLES = path.resolve(import.meta.dirname, '../fixtures/pool/articles');
const NOISE = ['coastline-2026-05-30-aveline-rowing-centenary', 'courier-2026-05-20-fortnightly-bins', 'gearpulse-2026-05-12-tallow-band-3-review', 'lantern-2026-04-04-marguerite-ollan-interview', 'ledger-2026-02-21-review-the-salt-road', 'valleypost-2026-06-10-weather-outlook'];
const FINAL = ['meridian-2026-06-14-castellane-beats-brevik', 'coastline-2026-06-14-castellane-saltmarsh-title', 'lantern-2026-06-15-brevik-tears', 'courier-2026-06-15-northfield-celebrates-castellane'];
/** The same players' semi-final, the day before the final. */
const SEMI = 'meridian-2026-06-13-saltmarsh-semi-finals';
const FLOOD = ['meridian-2026-02-07-tamsk-bursts-banks', 'gazette-2026-02-07-kellsbridge-under-water', 'ledger-2026-02-08-orrin-floods-two-dead', 'observer-2026-02-09-flood-aid-defences'];

let run: FirefoxRun;
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    const page = /^[\w-]+\.html$/.test(name) ? await fs.readFile(path.join(ARTICLES, name)).catch(() => null) : null;
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(name === 'favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  run = await launchFirefox(firefoxPath());
});

afterAll(async () => {
  await run?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page, gives the background time to read it, and gives the sidebar's story line (or null). */
async function visit(name: string, wait: number): Promise<string | null> {
  const page = await run.browser.newPage();
  // Wide enough for the side panel (a narrow window starts it as a collapsed tab).
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/${name}.html`);
  let line: string | null = null;
  for (const until = Date.now() + wait; !line && Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    [line = null] = await page.$$eval('pierce/p.story[data-story]', (els) => els.map((e) => e.textContent));
  }
  await page.close();
  return line;
}

describe('found stories in Firefox', () => {
  it('learns an event from three pages read and checks the fourth against them', async () => {
    await run.setStorage({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, learnFromReading: true } });
    for (const name of [...NOISE, ...FLOOD.slice(0, 3)]) expect(await visit(name, 1500)).toBeNull();
    // The story is built in the background after the third page's article joins the pool.
    let line: string | null = null;
    for (let i = 0; i < 6 && !line; i++) line = await visit(FLOOD[3], 5000);
    expect(line).toMatch(/^Checked against: .+ · [34] articles from [34] outlets$/);
  });

  it('checks a page of the final against the story three pages of it made, and gives the same players’ semi-final none', async () => {
    for (const name of FINAL.slice(0, 3)) await visit(name, 1500);
    let line: string | null = null;
    for (let i = 0; i < 6 && !line; i++) line = await visit(FINAL[3], 5000);
    expect(line).toMatch(/^Checked against: .+ · [34] articles from [34] outlets$/);
    // The detector takes the semi-final's page for the final's (the same people, the day before);
    // the pool tells the two events apart.
    expect(await visit(SEMI, 4000)).toBeNull();
  });
});
