// The reader's look-ups as the sidebar lists them, newest first: pure list operations, and what a
// look-up answers beside its passage match: the page's own claims inside the selection (CLAIMS §6).
import type { ClaimCardView } from '../cards';
import type { ClaimResult } from '../match/verdicts';
import { collapseSpaces, normalizeChars } from '../text/normalize';

export interface LookupView {
  id: string;
  /** What the reader selected (cut when too long). */
  text: string;
  /** A plain message instead of a card: empty selection, a failure. */
  message: string | null;
  /** Shown above the card, e.g. that the selection was cut. */
  notice: string | null;
  card: ClaimCardView | null;
  /** The page's claims inside the selection, each with its sidebar card's verdict. */
  claims?: ClaimCardView[];
}

export const LOOKUP_CUT_NOTICE = 'Your selection was long: only its first part was looked up.';
export const PASSAGE_NOT_FOUND = 'These words as a whole are not in the sources; the claims of the page inside them are checked below.';

export function addLookup(list: LookupView[], id: string, text: string, cut: boolean): LookupView[] {
  return [{ id, text, message: null, card: null, notice: cut ? LOOKUP_CUT_NOTICE : null }, ...list];
}

export function settleLookup(list: LookupView[], id: string, patch: Partial<LookupView>): LookupView[] {
  return list.map((l) => (l.id === id ? { ...l, ...patch } : l));
}

export function dismissLookup(list: LookupView[], id: string): LookupView[] {
  return list.filter((l) => l.id !== id);
}

/** Text as selections and claims are compared: quote marks, dashes and spaces as one, any case. */
const comparable = (text: string) => collapseSpaces(normalizeChars(text.normalize('NFKC'))).toLowerCase();

/** The page's results whose claim stands inside the selected text (a sentence with a figure, a
 * paragraph with a quote), in page order. */
export function claimsInSelection(results: ClaimResult[], selection: string): ClaimResult[] {
  const selected = comparable(selection);
  if (!selected) return [];
  return results.filter((r) => {
    const claim = comparable(r.claim.text);
    return claim.length > 0 && selected.includes(claim);
  });
}

/** What a look-up shows: its own match, and the page's claims inside the selection with their
 * cards. The sidebar's verdicts stand: a figure looked up on its own is answered by the card of
 * that figure in the page (read with its sentence, not out of it), and a passage found nowhere,
 * around claims the sources have, says so in words that do not read as a verdict on them. */
export function lookupAnswer(card: ClaimCardView, claims: ClaimCardView[]): Pick<LookupView, 'card' | 'claims' | 'message'> {
  if (!claims.length) return { card, claims: [], message: null };
  const figure = card.kind === 'figure' ? claims.find((c) => c.kind === 'figure') : undefined;
  if (figure) return { card: { ...figure, id: card.id }, claims: claims.filter((c) => c !== figure), message: null };
  if (card.verdict === 'unique' && claims.some((c) => c.verdict !== 'unique')) return { card: null, claims, message: PASSAGE_NOT_FOUND };
  return { card, claims, message: null };
}
