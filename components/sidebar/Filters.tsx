import { countVerdicts, VERDICTS, type ClaimCardView } from '../../lib/cards';
import type { Verdict } from '../../lib/match/verdicts';
import { isConflict } from '../../lib/reason';
import { VERDICT_LABEL, VERDICT_MARK } from './VerdictBadge';

export type KindFilter = 'all' | 'quote' | 'figure';
/** A verdict, or "conflict": another speaker or another value. */
export type VerdictFilter = 'all' | Verdict | 'conflict';

export function matchesFilter(card: ClaimCardView, verdict: VerdictFilter, kind: KindFilter): boolean {
  if (kind !== 'all' && card.kind !== kind) return false;
  if (verdict === 'conflict') return isConflict(card.reason ?? null);
  return verdict === 'all' || card.verdict === verdict;
}

export interface FiltersProps {
  cards: ClaimCardView[];
  verdict: VerdictFilter;
  kind: KindFilter;
  onVerdict(v: VerdictFilter): void;
  onKind(k: KindFilter): void;
}

/** Filter chips by verdict (and conflicts), with counts of the chosen kind; empty ones hidden. */
export function Filters({ cards, verdict, kind, onVerdict, onKind }: FiltersProps) {
  const ofKind = cards.filter((c) => kind === 'all' || c.kind === kind);
  const counts = countVerdicts(ofKind);
  const conflicts = ofKind.filter((c) => isConflict(c.reason ?? null)).length;
  const chip = (v: VerdictFilter, label: preact.ComponentChildren, n?: number) => (
    <button key={v} type="button" class={`filter filter-${v}`} aria-pressed={verdict === v} onClick={() => onVerdict(v)}>
      {label}
      {n !== undefined && ` ${n}`}
    </button>
  );
  return (
    <div class="filters" role="group" aria-label="Filter claims">
      {chip('all', 'All')}
      {VERDICTS.map((v) =>
        counts[v] || verdict === v
          ? chip(
              v,
              <>
                <span aria-hidden="true">{VERDICT_MARK[v]} </span>
                {VERDICT_LABEL[v]}
              </>,
              counts[v],
            )
          : null,
      )}
      {(conflicts > 0 || verdict === 'conflict') && chip('conflict', <>Conflicts</>, conflicts)}
      <label class="kind-filter">
        <span class="sr-only">Kind</span>
        <select value={kind} onChange={(e) => onKind((e.target as HTMLSelectElement).value as KindFilter)}>
          <option value="all">Quotes and figures</option>
          <option value="quote">Quotes</option>
          <option value="figure">Figures</option>
        </select>
      </label>
    </div>
  );
}
