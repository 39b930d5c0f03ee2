// The content script's hooks into the page that need its context (ctx): the adopted style sheet,
// the report download, and watching a single-page site for a new article.
import { articleChanged } from '../../lib/article';
import { articleContainer, type ClaimRanges } from '../../lib/sidebar/page';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A style sheet adopted by the page's document: styles without adding an element, dropped
 * again when the script is replaced or the extension updates. Where a content script cannot
 * adopt sheets, a <style> in <head> is the fallback, removed the same way. */
export function adoptSheet(ctx: ContentScriptContext): { replaceSync(text: string): void } {
  try {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    ctx.onInvalidated(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    return sheet;
  } catch {
    const style = document.createElement('style');
    (document.head ?? document.documentElement).append(style);
    ctx.onInvalidated(() => style.remove());
    return { replaceSync: (text) => (style.textContent = text) };
  }
}

export function download(ctx: ContentScriptContext, text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  // Clicked while detached: nothing is added to the page.
  a.click();
  ctx.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Single-page sites: a history navigation or a replaced article body calls `recheck`, once
 * things settle. `rewatch` follows the claims to their container after each check. */
export function watchArticle(ctx: ContentScriptContext, ranges: () => ClaimRanges, recheck: () => void) {
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(recheck, 600);
  };
  // Only a new path or query is a navigation; a new #fragment is the same page.
  const address = () => location.href.replace(/#.*$/, '');
  let lastAddress = address();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (address() === lastAddress) return;
    lastAddress = address();
    soon();
  });
  ctx.onInvalidated(() => observer?.disconnect());
  return {
    rewatch() {
      observer?.disconnect();
      const container = articleContainer(document, ranges());
      if (!container) return;
      const before = container.textContent ?? '';
      let settle: number | undefined;
      // Mutations only restart a timer; the container is read once things settle.
      observer = new MutationObserver(() => {
        clearTimeout(settle);
        settle = ctx.setTimeout(() => {
          if (!container.isConnected || articleChanged(before, container.textContent ?? '')) soon();
        }, 500);
      });
      observer.observe(container, { childList: true, subtree: true, characterData: true });
    },
  };
}
