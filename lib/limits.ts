// How much one page, claim, look-up or query may hold: one home for the limits that the

/** A look-up on its way to the sidebar: the text, and whether it had to be cut. */
export interface PendingLookup {
  text: string;
  cut: boolean;
}

// sidebar cuts to and the message protocol checks, so the two can never disagree.

/** Article text checked per page; longer articles are cut, and the sidebar says so. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Claims checked per page. */
export const MAX_CLAIMS = 2000;
/** A "sentence" longer than this is not a claim a reader could check. */
export const MAX_CLAIM_CHARS = 5000;
/** A selection looked up is cut to this, with a notice. */
export const MAX_LOOKUP_CHARS = 600;
/** A search query is cut to this. */
export const MAX_QUERY_CHARS = 200;

/** A selection as looked up: white space collapsed, cut to MAX_LOOKUP_CHARS, and whether it was. */
export function toLookup(selection: string): { text: string; cut: boolean } {
  const clean = selection.replace(/\s+/g, ' ').trim();
  return { text: clean.slice(0, MAX_LOOKUP_CHARS), cut: clean.length > MAX_LOOKUP_CHARS };
}
