import { disagreementText, type ClaimCardView } from '../../lib/cards';
import { chipsLine } from '../../lib/outlets';
import { isConflict } from '../../lib/reason';
import { EvidenceList } from './EvidenceList';
import { VerdictBadge } from './VerdictBadge';

export interface ClaimCardProps {
  card: ClaimCardView;
  /** A look-up card: its evidence always shows, and it is marked data-lookup. */
  lookup?: boolean;
  /** A claim of the page shown in a look-up that selected it: its evidence always shows, and it
   * is marked data-lookup-claim (never data-claim: the sidebar's own card has that). */
  pageClaim?: boolean;
  expanded?: boolean;
  /** The card the reader came to from the page: it takes focus. */
  focused?: boolean;
  onToggle?(id: string): void;
  onSelect?(id: string): void;
  onOpenSource(source: string, passage: string, words?: string): void;
}

/** "AP · Reuters · Bloomberg +2", or that no source has it. */
export function sourcesText(card: ClaimCardView): string {
  if (!card.evidence.length) return 'Not in the sources';
  const { chips, more } = chipsLine(card.evidence.map((e) => e.chip ?? (e.outlet || e.label)));
  return chips.join(' · ') + (more ? ` +${more}` : '');
}

/** A look-up of text nobody is said to have spoken is the reader's selection, not a quote. */
const isSelectedText = (card: ClaimCardView, lookup?: boolean) => !!lookup && card.kind === 'quote' && !card.speaker;

/** One claim: its verdict and, for a varying one, why; its text, speaker or value, its sources;
 * its evidence when expanded. */
export function ClaimCard({ card, lookup, pageClaim, expanded, focused, onToggle, onSelect, onOpenSource }: ClaimCardProps) {
  const reason = card.reason ?? null;
  const selected = isSelectedText(card, lookup);
  const text = card.kind === 'quote' && !selected ? `“${card.text}”` : card.text;
  const disagreement = disagreementText(card);
  return (
    <li
      class={`card card-${card.verdict}${isConflict(reason) ? ' conflict' : ''}`}
      id={card.id}
      tabIndex={focused ? -1 : undefined}
      data-claim={lookup || pageClaim ? undefined : card.id}
      data-lookup={lookup ? card.id : undefined}
      data-lookup-claim={pageClaim ? card.id : undefined}
      data-kind={card.kind}
      data-verdict={card.verdict}
      data-reason={reason ?? undefined}
    >
      <div class="card-head">
        <VerdictBadge verdict={card.verdict} />
        {card.reasonLabel && <span class={`reason reason-${reason}`}>{card.reasonLabel}</span>}
        <span class="kind">{selected ? 'Selected text' : card.kind === 'quote' ? 'Quote' : 'Figure'}</span>
        {!selected && <span class="detail">{card.detail}</span>}
      </div>
      {onSelect ? (
        <button type="button" class="claim-text" onClick={() => onSelect(card.id)} title="Show in the page">
          {text}
        </button>
      ) : (
        <p class="claim-text">{text}</p>
      )}
      {onToggle && card.evidence.length ? (
        <button type="button" class="sources-toggle" aria-expanded={expanded} onClick={() => onToggle(card.id)}>
          {sourcesText(card)}
        </button>
      ) : (
        <p class="sources-line">{sourcesText(card)}</p>
      )}
      {disagreement && (
        <p class="disagreement" data-disagree={card.disagree}>
          {disagreement}
        </p>
      )}
      {card.note && <p class="note claim-note">{card.note}</p>}
      {(expanded || !onToggle) && <EvidenceList evidence={card.evidence} onOpenSource={onOpenSource} />}
    </li>
  );
}
