// Runs on every page, so it stays tiny: an unlisted script (no polyfill, see PLATFORM.md) that
// reads a little cheap text, scores it and tells the background. It never writes to the page,
// never logs and never throws into it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { coverageScore, samplePage, type DetectVocab } from '../lib/detect';
import type { MessageOf } from '../lib/messages';
import vocabJson from '../data/detect-vocab.json';

const vocab = vocabJson as DetectVocab;

type Runtime = { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
type Api = { runtime?: Runtime };

function report() {
  try {
    const g = globalThis as { browser?: Api; chrome?: Api };
    // The runtime.id check defeats a page element with id="browser" posing as the API.
    const api = g.browser?.runtime?.id ? g.browser : g.chrome;
    if (!api?.runtime?.id || !document.body) return;
    const score = coverageScore(samplePage(document), vocab);
    const message: MessageOf<'coverage'> = { type: 'coverage', score, detected: score >= vocab.threshold };
    api.runtime.sendMessage(message)?.catch(() => {});
  } catch {
    // An unreadable page gets nothing, and no error in its console.
  }
}

export default defineUnlistedScript(() => {
  report();
  // Single-page sites change story without loading a page: read it again once the new
  // address has settled (the Navigation API tells; where it is missing, the first load counts).
  let timer: ReturnType<typeof setTimeout> | undefined;
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', () => {
    clearTimeout(timer);
    timer = setTimeout(report, 800);
  });
});
