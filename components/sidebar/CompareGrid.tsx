import { attentionRank, type ClaimCardView } from '../../lib/cards';
import type { SourceNaming } from '../../lib/outlets';
import { trusted } from './trusted';
import { VERDICT_LABEL } from './VerdictBadge';

export interface CompareSource extends SourceNaming {
  id: string;
  chip: string;
}

export interface CompareGridProps {
  cards: ClaimCardView[];
  sources: CompareSource[];
  onOpenSource(source: string, passage: string, words?: string): void;
}

const CELL = { exact: '✓', variant: '≈', none: '·' } as const;
const CELL_WORDS = { exact: 'same', variant: 'differs', none: 'absent' } as const;

/** Claims down, sources across: what each source has of each claim, needing attention first.
 * Sources are headed by their names, which wrap rather than being cut; the head row and the
 * claims column stay in view while the grid scrolls (style.css). */
export function CompareGrid({ cards, sources, onOpenSource }: CompareGridProps) {
  const rows = [...cards].sort((a, b) => attentionRank(a) - attentionRank(b));
  return (
    <div class="compare-wrap">
      <table data-compare class="compare">
        <caption class="sr-only">Each claim against each source</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {sources.map((s) => (
              <th key={s.id} scope="col" class="compare-source" title={s.title || s.label}>
                {s.chip}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((card) => (
            <tr key={card.id} data-claim={card.id} data-verdict={card.verdict} data-reason={card.reason ?? undefined}>
              <th scope="row" class="compare-claim">
                <span class="compare-verdict">{card.reasonLabel ?? VERDICT_LABEL[card.verdict]}</span> {card.text}
              </th>
              {sources.map((s) => {
                const e = card.evidence.find((x) => x.source === s.id);
                const match = e?.match ?? 'none';
                const title = `${s.chip}: ${e ? (e.how ?? CELL_WORDS[match]) : 'not there'}`;
                return (
                  <td key={s.id} data-source={s.id} data-match={match} title={title}>
                    {e ? (
                      <button type="button" class={`cell cell-${match}`} aria-label={`${CELL_WORDS[match]} in ${s.chip}: open the source`} onClick={trusted(() => onOpenSource(s.id, e.passage, e.matched))}>
                        {CELL[match]}
                      </button>
                    ) : (
                      <span class="cell cell-none" aria-label={`absent from ${s.chip}`}>
                        {CELL.none}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
