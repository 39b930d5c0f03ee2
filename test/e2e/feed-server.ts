// The harness both feed suites share: a loopback server for made-up feeds beside the pool's
// fixture pages, Chromium with the extension, and the options page's feed controls.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { PoolStats } from '../../lib/article-pool';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';

export const ARTICLES = path.resolve(import.meta.dirname, '../fixtures/pool/articles');

export type Feeds = (base: string) => Record<string, { type: string; body: string }>;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface FeedRun {
  run: ChromiumRun;
  /** http://127.0.0.1:port */
  base: string;
  /** Each request as "METHOD name cookie". */
  served: string[];
  close(): Promise<void>;
}

/** Serves `feeds` and the pool's pages (anything else is a 404), and starts Chromium. */
export async function serveFeeds(feeds: Feeds): Promise<FeedRun> {
  const served: string[] = [];
  let base = '';
  const server = http.createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    served.push(`${req.method} ${name} ${req.headers.cookie ?? ''}`);
    const feed = feeds(base)[name];
    if (feed) return void res.writeHead(200, { 'content-type': feed.type }).end(feed.body);
    const page = /^[\w-]+\.html$/.test(name) ? await fs.readFile(path.join(ARTICLES, name)).catch(() => null) : null;
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(name === 'favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const run = await launchChromium(chromiumPath());
  return {
    run,
    base,
    served,
    async close() {
      await run.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The options page, once its Feeds section is there. */
export async function optionsPage(run: ChromiumRun): Promise<Page> {
  const tab = await run.context.newPage();
  await tab.goto(`chrome-extension://${run.extensionId}/options.html`);
  await tab.locator('input[data-action="feed-url"]').waitFor();
  return tab;
}

export const poolStats = (tab: Page) => tab.evaluate(() => chrome.runtime.sendMessage({ type: 'poolStats' })) as Promise<PoolStats>;
