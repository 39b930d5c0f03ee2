import fs from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// The detector runs on every page, so its bytes count. WXT wraps an unlisted script in a logger
// and error re-throws (about 450 bytes) that a script which catches everything has no use for:
// the detector's entry is its main() alone.
const bareDetector = (): Plugin => ({
  name: 'triangulate:bare-detector',
  transform(_code, id) {
    const entry = '\0virtual:wxt-unlisted-script-entrypoint?';
    if (!id.startsWith(entry) || !id.endsWith('/entrypoints/detector.ts')) return;
    return `import definition from ${JSON.stringify(id.slice(entry.length))};\nexport default definition.main();\n`;
  },
});

// `npm run dev` and `dev:firefox` open a browser through web-ext. Where Debian's Chromium and
// Firefox ESR are installed, they are the ones opened, as in the e2e tests (web-ext would prefer
// Google Chrome, and run `firefox`, a wrapper script on Debian). Chromium's sandbox refuses to
// start as root, and its exit takes the dev server down. The component updater is the one
// background download web-ext leaves on. A developer's own web-ext.config.ts is merged over this.
const debianBinaries = { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
const devBrowser = {
  binaries: Object.fromEntries(Object.entries(debianBinaries).filter(([, file]) => fs.existsSync(file))),
  chromiumArgs: ['--disable-component-update', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
};

// The always-on detector is an unlisted script (no polyfill inside, see lib/detect.ts) that the
// manifest lists as a static content script; everything heavy is injected only on coverage.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), bareDetector()] }),
  zip: { excludeSources: ['test/**', '.output/**'] },
  webExt: devBrowser,
  manifest: ({ browser }) => ({
    name: 'Triangulate',
    description:
      'Cross-checks the quotes and figures in a news story against a bundled corpus of source articles.',
    // alarms: the feeds' schedule; offscreen: Chrome's worker has no DOM to read a feed's pages in
    // (Firefox's background page has one).
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['<all_urls>'],
    // Extension pages run only their own bundled code: no inline or remote scripts, no plugins.
    // They fetch the extension's own files (a story's sources, when first needed) and, from the
    // background only, the feeds the reader follows and the pages those list (lib/feeds/fetch).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self' http: https:; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    action: { default_title: 'Triangulate' },
    commands: {
      'cross-check-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Cross-check the selected text',
      },
      'focus-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Triangulate sidebar and move the keyboard into it',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'triangulate@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['<all_urls>'],
        js: ['detector.js'],
        run_at: 'document_idle',
      });
    },
  },
});
