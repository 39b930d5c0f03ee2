// What `npm run dev` hands web-ext to open the browser (wxt.config.ts): Debian's binaries, and
// Chromium without its sandbox only for root, where the sandbox refuses to start.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function devBrowser(uid: number) {
  vi.resetModules();
  vi.spyOn(process, 'getuid').mockReturnValue(uid);
  return (await import('../../wxt.config')).default.webExt!;
}

afterEach(() => vi.restoreAllMocks());

describe('the dev browser', () => {
  it('runs Chromium without its sandbox as root only', async () => {
    expect((await devBrowser(0)).chromiumArgs).toContain('--no-sandbox');
    expect((await devBrowser(1000)).chromiumArgs).not.toContain('--no-sandbox');
    expect((await devBrowser(1000)).chromiumArgs).toContain('--disable-component-update');
  });

  it("opens Debian's Chromium and Firefox ESR where they are installed", async () => {
    const binaries = (await devBrowser(1000)).binaries;
    expect(binaries?.chrome).toBe(fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    expect(binaries?.firefox).toBe(fs.existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);
  });
});
