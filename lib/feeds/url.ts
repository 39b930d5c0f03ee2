/** An absolute http(s) address, or ''. Relative links resolve against `base` (the feed's or the page's address). */
export function absoluteUrl(href: string, base: string): string {
  // An empty link is no link, not the base itself.
  if (!href.trim()) return '';
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
