import type { EvidenceView } from '../../lib/cards';
import type { Reason } from '../../lib/reason';
import { DiffLegend, DiffView } from './DiffView';
import { trusted } from './trusted';

export interface EvidenceListProps {
  evidence: EvidenceView[];
  onOpenSource(source: string, passage: string): void;
}

const MATCH_WORDS: Record<Reason | 'exact', string> = {
  exact: 'Same words',
  words: 'Other words',
  cut: 'Cut differently',
  speaker: 'Other speaker',
  value: 'Other value',
};

/** Each source that has the claim, exactly or otherwise: the source's sentence, and for a
 * variant the page's words against the source's, with a legend for the marks. */
export function EvidenceList({ evidence, onOpenSource }: EvidenceListProps) {
  if (!evidence.length) return null;
  const anyDiff = evidence.some((e) => e.match === 'variant');
  return (
    <>
      {anyDiff && <DiffLegend />}
      <ul class="evidence">
        {evidence.map((e) => (
          <li key={e.source} class={`evidence-item match-${e.match}`} data-source={e.source}>
            <p class="evidence-head">
              <span class={`match reason-${e.reason ?? 'exact'}`}>{MATCH_WORDS[e.reason ?? 'exact']}</span>
              <button type="button" class="link" title={e.label} onClick={trusted(() => onOpenSource(e.source, e.passage))}>
                {e.chip ?? (e.outlet || e.label)}
              </button>
              <span class="score">Match {Math.round(e.score * 100)}%</span>
            </p>
            {e.speaker && e.reason === 'speaker' && <p class="why">Said by {e.speaker} in this source</p>}
            {e.match === 'variant' ? (
              <DiffView parts={e.diff} />
            ) : (
              <dl class="diff">
                <dt>Source</dt>
                <dd data-side="source">{e.passage}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
