import type { LookupView } from '../../lib/sidebar/lookups';
import { ClaimCard } from './ClaimCard';
import { trusted } from './trusted';

export interface LookupsProps {
  lookups: LookupView[];
  onDismiss(id: string): void;
  onOpenSource(source: string, passage: string, words?: string): void;
}

/** The reader's look-ups, newest first: each a card, or a plain message, and the page's claims
 * inside the selection with the verdicts of their cards. */
export function Lookups({ lookups, onDismiss, onOpenSource }: LookupsProps) {
  if (!lookups.length) return null;
  return (
    <section class="lookups" aria-label="Look-ups">
      <ul class="cards">
        {lookups.map((l) => (
          <li key={l.id} class="lookup">
            <div class="lookup-head">
              <span>Look-up</span>
              <button type="button" class="icon" onClick={trusted(() => onDismiss(l.id))} aria-label="Dismiss this look-up">
                ×
              </button>
            </div>
            {l.notice && <p class="note">{l.notice}</p>}
            {l.message && <p class="lookup-message">{l.message}</p>}
            {l.card && (
              <ul class="cards">
                <ClaimCard card={l.card} lookup onOpenSource={onOpenSource} />
              </ul>
            )}
            {l.claims?.length ? (
              <>
                <p class="note lookup-claims-head">Claims of this page in your selection</p>
                <ul class="cards lookup-claims">
                  {l.claims.map((c) => (
                    <ClaimCard key={c.id} card={c} pageClaim onOpenSource={onOpenSource} />
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
