/** A click the reader made: the page's own scripts can click into an open shadow root, and
 * must not download, copy, open tabs or change settings through us. */
export const trusted =
  (action: () => void) =>
  (e: Event): void => {
    if (e.isTrusted) action();
  };
