// Where the sidebar lives in the page: a host element with a closed shadow root, which the
// page's scripts can neither read nor change (host.shadowRoot is null to them; content scripts
// run in their own world, so the page's patched prototypes do not reach us either).
// The page can still act on the host itself; each of its moves is answered here:
//   - it defined our element name first: its class would own the element, so a plain <div>
//     (a name no page can define) hosts us instead;
//   - it removed the host: the host goes back;
//   - it covered the host: the host is shown in the top layer (a popover), above any z-index,
//     and raised again when something else takes the top.
// The test build (npm run build:test) opens the root so that test drivers can read the cards;
// everything else is the same as the shipped build.

export interface HostOptions {
  /** The element name when the page has not taken it ("triangulate-sidebar"). */
  name: string;
  /** The sheet inside the root. */
  css: string;
  mode: ShadowRootMode;
}

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  /** Where components render. */
  container: HTMLElement;
  /** Puts the host back if the page removed it, and on top if something covers it. */
  guard(): void;
  remove(): void;
}

// The host's own box is nothing: everything is drawn by fixed elements inside. `all: initial`
// as an important rule of the inner context beats any page rule, even an inline !important one.
const HOST_CSS = ':host { all: initial !important; }';
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

export function createHost(doc: Document, options: HostOptions): Host {
  const { element, root } = hostWithRoot(doc, options);
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${options.css}`;
  const container = doc.createElement('div');
  root.append(style, container);
  // Keys typed in the sidebar are ours: the page neither sees them nor acts on them.
  for (const type of KEY_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  const place = () => {
    (doc.body ?? doc.documentElement).append(element);
    raise(element);
  };
  place();
  return {
    element,
    root,
    container,
    guard() {
      if (!element.isConnected) place();
      else if (covered(doc, element, root)) raise(element);
    },
    remove: () => element.remove(),
  };
}

/** Our name, unless the page defined it first: then the element is the page's class (whose
 * constructor may have attached a root of its own), and a plain <div> hosts us instead. */
function hostWithRoot(doc: Document, { name, mode }: HostOptions): { element: HTMLElement; root: ShadowRoot } {
  const named = doc.createElement(name);
  if (!named.matches(':defined')) {
    try {
      return { element: named, root: named.attachShadow({ mode }) };
    } catch {
      // The page's class took the root first: fall through to a plain element.
    }
  }
  const plain = doc.createElement('div');
  plain.dataset.triangulate = name;
  return { element: plain, root: plain.attachShadow({ mode }) };
}

/** Into the top layer, or to its top again. */
function raise(element: HTMLElement) {
  if (typeof element.showPopover !== 'function') return;
  element.popover = 'manual';
  try {
    if (element.matches(':popover-open')) element.hidePopover();
    element.showPopover();
  } catch {
    // Not in a document, or the page made it a modal dialog: the next guard tries again.
  }
}

/** Something else is drawn over the middle of our first visible box. */
function covered(doc: Document, element: HTMLElement, root: ShadowRoot): boolean {
  const shown = root.querySelector('aside, button');
  const box = shown?.getBoundingClientRect();
  if (!box?.width || !box.height) return false;
  // The page's document sees only the host for anything drawn inside our root.
  const top = doc.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 40));
  return top !== null && top !== element;
}
