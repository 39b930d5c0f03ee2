// Launches Debian's Chromium and Firefox ESR with the built extension loaded (PLATFORM.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The test builds (npm run build:test) are the shipped ones with the sidebar's shadow roots open,
// so that drivers can read the cards; the hostile pages that try to reach the sidebar run against
// the shipped builds, whose roots are closed.
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3-test');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3-test');
export const SHIPPED_CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const SHIPPED_FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');

/** The binary to run, or an error naming the Debian package that provides it. */
function binary(envVar: string, fallback: string, debianPackage: string): string {
  const file = process.env[envVar] || fallback;
  if (fs.existsSync(file)) return file;
  const error = new Error(
    `${file} not found: install the Debian package ${debianPackage} (apt-get install ${debianPackage}) or set ${envVar}`,
  );
  error.stack = error.message; // one line in the report, not a trace through this helper
  throw error;
}

function build(dir: string): string {
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return dir;
  const script = dir.endsWith('-test') ? 'build:test' : dir.includes('firefox') ? 'build:firefox' : 'build';
  const error = new Error(`${dir} has no build: run npm run ${script} (npm run test:e2e builds them all)`);
  error.stack = error.message;
  throw error;
}

export interface ChromiumRun {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export const chromiumPath = () => binary('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
export const firefoxPath = () => binary('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');

export async function launchChromium(executablePath: string, dir = CHROME_BUILD): Promise<ChromiumRun> {
  const ext = build(dir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxRun {
  browser: Browser;
  extensionId: string;
  /** The toolbar button's badge and tooltip on the tab showing `url`. */
  action(url: string): Promise<{ badge: string; title: string }>;
  /** Sets keys of the extension's storage.local from the browser's own window (the options page,
   * which would set them, cannot be opened under WebDriver BiDi), telling its listeners. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  /** Reads keys of the extension's storage.local, the same way. */
  getStorage(keys: string[]): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: any }> };

export async function launchFirefox(executablePath: string, dir = FIREFOX_BUILD): Promise<FirefoxRun> {
  const ext = build(dir);
  try {
    return await driveFirefox(executablePath, ext);
  } catch (e) {
    // A stale Debian list installs an older ESR (140 where 153 is current): say which one ran.
    const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
    const error = new Error(`${version} (${executablePath}) could not be driven with the extension: ${(e as Error).message}. ` +
      'Run apt-get update, then apt-get install firefox-esr for the current ESR.');
    error.stack = error.message;
    throw error;
  }
}

async function driveFirefox(executablePath: string, ext: string): Promise<FirefoxRun> {
  // System access lets the test read the toolbar button's state from the browser's own window:
  // Firefox refuses WebDriver BiDi on extension pages, so the extension cannot be asked directly.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
  });
  const extensionId = await browser.installExtension(ext);
  // Puppeteer's own WebDriver BiDi connection (Firefox allows one session): not public API.
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  async function chromeContext(): Promise<string> {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    return tree.result.contexts[0].context as string;
  }

  /** Runs `body` in the browser window with `db` (the extension's storage.local) and `extension`. */
  async function withStorage(body: string): Promise<string> {
    const expression = `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
      const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(extension));
      ${body}
    })()`;
    const reply = await bidi.send('script.evaluate', { expression, target: { context: await chromeContext() }, awaitPromise: true });
    if (reply.result.type !== 'success') throw new Error(`the extension's storage failed: ${JSON.stringify(reply.result)}`);
    return reply.result.result.value as string;
  }

  async function setStorage(values: Record<string, unknown>) {
    await withStorage(`const changes = await db.set(${JSON.stringify(values)});
      if (changes) ExtensionStorageIDB.notifyListeners(extension.id, changes);
      return 'ok';`);
  }

  const getStorage = async (keys: string[]) => JSON.parse(await withStorage(`return JSON.stringify(await db.get(${JSON.stringify(keys)}));`));

  async function action(url: string) {
    const context = await chromeContext();
    // Runs in the browser window (browser.xhtml): the same per-tab values that
    // browser.action.getBadgeText/getTitle return to the extension.
    const expression = `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
      const { action } = ExtensionParent.apiManager.global.browserActionFor(extension);
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
      if (!tab) throw new Error('no tab shows ' + ${JSON.stringify(url)});
      return JSON.stringify({ badge: action.getProperty(tab, 'badgeText'), title: action.getProperty(tab, 'title') });
    })()`;
    const reply = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (reply.result.type !== 'success') throw new Error(`reading the toolbar button failed: ${JSON.stringify(reply.result)}`);
    return JSON.parse(reply.result.result.value) as { badge: string; title: string };
  }

  return { browser, extensionId, action, setStorage, getStorage, close: () => browser.close() };
}

/** Stops the extension's service worker over CDP (through a tab of ours); `status` follows its
 * running status from then on. */
export async function stopServiceWorker(run: ChromiumRun, tab: import('playwright-core').Page) {
  const cdp = await run.context.newCDPSession(tab);
  const status: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.includes(run.extensionId)) status.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return { status, detach: () => cdp.detach() };
}
