// Runs on every page, so it stays tiny: an unlisted script (no polyfill, see PLATFORM.md) that
// reads a little cheap text, scores it against every story's vocabulary (kept in storage by
// the background, not in this script's code) and tells the background. It never writes to the
// page, never logs and never throws into it.
import type { UnlistedScriptDefinition } from 'wxt';
import { COVERAGE_SHIFT, DETECT_INDEX_KEY, detectStory, samplePage, type DetectIndex } from '../lib/detect';
import type { MessageOf } from '../lib/messages';
import { SETTINGS_KEY } from '../lib/settings';

// The detector's span of the first card's path (lib/timings), in test builds only: its byte
// budget has no room for it, and shipped, every page could read that the extension is there.
const mark = (edge: string) => import.meta.env.MODE === 'test' && performance.mark(`triangulate:detector:${edge}`);

type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
type Api = { runtime?: Runtime; storage?: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };

async function report() {
  mark('start');
  try {
    const g = globalThis as { browser?: Api; chrome?: Api };
    // The runtime.id check defeats a page element with id="browser" posing as the API.
    const api = g.browser?.runtime?.id ? g.browser : g.chrome;
    // A missing API throws, and is caught below. A background that has only just started
    // may not have stored the index yet: then it is asked for it.
    const stored = await api!.storage!.local.get([DETECT_INDEX_KEY, SETTINGS_KEY]);
    const ask: MessageOf<'detectIndex'> = { type: 'detectIndex' };
    const index = (stored[DETECT_INDEX_KEY] ?? (await api!.runtime!.sendMessage(ask))) as DetectIndex;
    const strictness = (stored[SETTINGS_KEY] as { strictness?: string } | undefined)?.strictness;
    // A stored value that is not a strictness (even "constructor") falls back to none.
    const shift = +COVERAGE_SHIFT[strictness as keyof typeof COVERAGE_SHIFT] || 0;
    const { story, score } = detectStory(samplePage(document), index, shift);
    const message: MessageOf<'coverage'> = { type: 'coverage', score, detected: story !== null, story };
    mark('end');
    await api!.runtime!.sendMessage(message);
  } catch {
    // An unreadable page gets nothing, and no error in its console.
  }
}

// The definition defineUnlistedScript would return, written out: its helper costs bytes here.
export default {
  main() {
    void report();
    // Single-page sites change story without loading a page: read it again once the new
    // address has settled (the Navigation API tells; where it is missing, the first load counts).
    let timer: ReturnType<typeof setTimeout> | undefined;
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', () => {
      clearTimeout(timer);
      timer = setTimeout(report, 800);
    });
  },
} satisfies UnlistedScriptDefinition;
