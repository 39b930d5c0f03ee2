import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The always-on detector is an unlisted script (no polyfill inside, see lib/detect.ts) that the
// manifest lists as a static content script; everything heavy is injected only on coverage.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['test/**', '.output/**'] },
  manifest: ({ browser }) => ({
    name: 'Triangulate',
    description:
      'Cross-checks the quotes and figures in a news story against a bundled corpus of source articles.',
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'],
    host_permissions: ['<all_urls>'],
    // Extension pages run only their own bundled code and fetch nothing: no inline or remote
    // scripts, no plugins, no network.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    action: { default_title: 'Triangulate' },
    commands: {
      'cross-check-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Cross-check the selected text',
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
