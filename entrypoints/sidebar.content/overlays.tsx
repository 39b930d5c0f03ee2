// The page side of the sidebar: the Cross-check button by a fresh selection, the tooltip over a
// marked passage, and links from a mark to its card (click, or Enter with the caret in it).
// Each small overlay has its own protected host, like the sidebar.
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MarkTip } from '../../components/sidebar/MarkTip';
import { SelectionButton } from '../../components/sidebar/SelectionButton';
import { markTip } from '../../lib/cards';
import { toLookup } from '../../lib/limits';
import type { Sidebar } from '../../lib/sidebar/controller';
import { createHost, type Host } from '../../lib/sidebar/host';
import { claimAtCaret, claimAtPoint } from '../../lib/sidebar/page';
import { pickerPosition } from '../../lib/sidebar/picker';
import selectionCss from './selection.css?inline';

const TIP_OFFSET = 30;

/** One small overlay in its own host, replaced each time it is shown. */
function overlay(name: string, mode: ShadowRootMode) {
  let host: Host | null = null;
  return {
    get host() {
      return host;
    },
    show(node: ComponentChild) {
      host ??= createHost(document, { name, css: selectionCss, mode });
      render(node, host.container);
    },
    hide() {
      if (!host) return;
      render(null, host.container);
      host.remove();
      host = null;
    },
  };
}

export function watchPage(ctx: ContentScriptContext, sidebar: Sidebar, sidebarHost: () => Host | null, mode: ShadowRootMode) {
  const picker = overlay('triangulate-selection', mode);
  const tip = overlay('triangulate-tip', mode);
  const ours = (node: Node | null) => !!node && [sidebarHost()?.element, picker.host?.element].some((el) => el && (el === node || el.contains(node)));

  let selectionTimer: number | undefined;
  ctx.addEventListener(document, 'selectionchange', () => {
    clearTimeout(selectionTimer);
    selectionTimer = ctx.setTimeout(() => {
      const selection = getSelection();
      const text = selection?.toString().trim() ?? '';
      if (!sidebar.article || !text || !selection?.rangeCount || ours(selection.anchorNode)) return picker.hide();
      const aside = sidebarHost()?.root.querySelector('aside')?.getBoundingClientRect() ?? null;
      const { x, y } = pickerPosition(selection.getRangeAt(0).getBoundingClientRect(), { width: innerWidth, height: innerHeight }, aside);
      const crossCheck = () => {
        picker.hide();
        void sidebar.lookup(toLookup(text));
      };
      picker.show(<SelectionButton x={x} y={y} onCrossCheck={crossCheck} />);
    }, 250);
  });
  ctx.addEventListener(window, 'scroll', () => (picker.hide(), tip.hide()), { passive: true });

  // Two-way links: a click on a marked passage brings its card into view and focuses it. The
  // tooltip goes: the card says more, and on a phone a tap is also a hover.
  let moveTimer: number | undefined;
  ctx.addEventListener(document, 'click', (e) => {
    const { clientX, clientY, isTrusted } = e as MouseEvent;
    if (!isTrusted || !sidebar.shown || getSelection()?.toString()) return;
    const index = claimAtPoint(sidebar.ranges, clientX, clientY);
    if (index === null) return;
    clearTimeout(moveTimer);
    tip.hide();
    sidebar.focusCard(index);
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    const key = e as KeyboardEvent;
    if (key.key === 'Escape') picker.hide();
    if (!key.isTrusted) return;
    // Alt+Shift+S opens the sidebar and puts the keyboard in it, from anywhere in the page. The
    // browser command of the same keys does it first; this answers where the browser gave the
    // command no shortcut (another extension holds the keys).
    if (key.altKey && key.shiftKey && key.code === 'KeyS') sidebar.open();
    const caret = getSelection();
    if (key.key === 'Enter' && caret?.focusNode && !ours(caret.focusNode)) {
      const index = claimAtCaret(sidebar.ranges, caret.focusNode, caret.focusOffset);
      if (index !== null) sidebar.focusCard(index);
    }
  });

  // Hovering a mark shows its verdict and reason; reading layout once per settled move.
  ctx.addEventListener(document, 'mousemove', (e) => {
    const { clientX, clientY } = e as MouseEvent;
    clearTimeout(moveTimer);
    moveTimer = ctx.setTimeout(() => {
      const index = sidebar.shown ? claimAtPoint(sidebar.ranges, clientX, clientY) : null;
      const card = index === null ? null : sidebar.props.cards[index];
      if (!card) return tip.hide();
      tip.show(<MarkTip text={markTip(card)} x={clientX} y={clientY - TIP_OFFSET} />);
    }, 120);
  });

  return {
    guard() {
      picker.host?.guard();
      tip.host?.guard();
    },
    hide() {
      picker.hide();
      tip.hide();
    },
  };
}
