import type { ClaimCardView } from '../../lib/cards';
import { plural } from '../../lib/text/plural';
import { EvidenceList } from './EvidenceList';
import { VerdictBadge } from './VerdictBadge';

export interface ClaimCardProps {
  card: ClaimCardView;
  /** A look-up card: its evidence always shows, and it is marked data-lookup. */
  lookup?: boolean;
  expanded?: boolean;
  onToggle?(id: string): void;
  onSelect?(id: string): void;
  onOpenSource(source: string, passage: string): void;
}

/** One claim: its verdict, text, speaker or value; its evidence when expanded. */
export function ClaimCard({ card, lookup, expanded, onToggle, onSelect, onOpenSource }: ClaimCardProps) {
  const sources = card.evidence.length;
  const sourcesLine = sources
    ? `${plural(sources, 'source')}: ${[...new Set(card.evidence.map((e) => e.outlet || e.label))].join(', ')}`
    : 'No source has it';
  return (
    <li
      class={`card card-${card.verdict}`}
      data-claim={lookup ? undefined : card.id}
      data-lookup={lookup ? card.id : undefined}
      data-kind={card.kind}
      data-verdict={card.verdict}
    >
      <div class="card-head">
        <VerdictBadge verdict={card.verdict} />
        <span class="kind">{card.kind === 'quote' ? 'Quote' : 'Figure'}</span>
        <span class="detail">{card.detail}</span>
      </div>
      {onSelect ? (
        <button type="button" class="claim-text" onClick={() => onSelect(card.id)} title="Show in the page">
          {card.kind === 'quote' ? `“${card.text}”` : card.text}
        </button>
      ) : (
        <p class="claim-text">{card.kind === 'quote' ? `“${card.text}”` : card.text}</p>
      )}
      {onToggle ? (
        <button type="button" class="sources-toggle" aria-expanded={expanded} onClick={() => onToggle(card.id)}>
          {sourcesLine}
        </button>
      ) : (
        <p class="sources-line">{sourcesLine}</p>
      )}
      {(expanded || !onToggle) && <EvidenceList evidence={card.evidence} onOpenSource={onOpenSource} />}
    </li>
  );
}
