// The reader's look-ups as the sidebar lists them, newest first: pure list operations.
import type { ClaimCardView } from '../cards';

export interface LookupView {
  id: string;
  /** What the reader selected (cut when too long). */
  text: string;
  /** A plain message instead of a card: empty selection, a failure. */
  message: string | null;
  /** Shown above the card, e.g. that the selection was cut. */
  notice: string | null;
  card: ClaimCardView | null;
}

export const LOOKUP_CUT_NOTICE = 'Your selection was long: only its first part was looked up.';

export function addLookup(list: LookupView[], id: string, text: string, cut: boolean): LookupView[] {
  return [{ id, text, message: null, card: null, notice: cut ? LOOKUP_CUT_NOTICE : null }, ...list];
}

export function settleLookup(list: LookupView[], id: string, patch: Partial<LookupView>): LookupView[] {
  return list.map((l) => (l.id === id ? { ...l, ...patch } : l));
}

export function dismissLookup(list: LookupView[], id: string): LookupView[] {
  return list.filter((l) => l.id !== id);
}
