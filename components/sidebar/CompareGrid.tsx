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
  onOpenSource(source: string, passage: string): void;
}

const CELL = { exact: '✓', variant: '≈', none: '·' } as const;
const CELL_WORDS = { exact: 'same', variant: 'differs', none: 'absent' } as const;

/** Claims down, sources across: what each source has of each claim, needing attention first. */
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
              <th key={s.id} scope="col" title={s.title || s.label}>
                <span>{s.chip}</span>
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
                const title = e ? `${s.chip}: ${e.reason ? reasonWords(e.reason) : 'same words'}` : `${s.chip}: not there`;
                return (
                  <td key={s.id} data-source={s.id} data-match={match} title={title}>
                    {e ? (
                      <button type="button" class={`cell cell-${match}`} aria-label={`${CELL_WORDS[match]} in ${s.chip}: open the source`} onClick={trusted(() => onOpenSource(s.id, e.passage))}>
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

function reasonWords(reason: string): string {
  return { words: 'other words', cut: 'cut differently', speaker: 'another speaker', value: 'another value' }[reason] ?? reason;
}
