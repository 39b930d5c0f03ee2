import type { EvidenceView } from '../../lib/cards';
import { DiffLegend, DiffView } from './DiffView';
import { trusted } from './trusted';

export interface EvidenceListProps {
  evidence: EvidenceView[];
  onOpenSource(source: string, passage: string, words?: string): void;
}

/** "Same words, other spelling": the words as a heading starts. */
const heading = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Each source that has the claim, exactly or otherwise: how it matches in words (the score only
 * on hover), the source's sentence, and for a variant the page's words against the source's,
 * with a legend for the marks. */
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
              <span class={`match reason-${e.reason ?? 'exact'}`} title={`Match score ${Math.round(e.score * 100)}%`}>
                {heading(e.how)}
              </span>
              <button type="button" class="link" title={e.label} onClick={trusted(() => onOpenSource(e.source, e.passage, e.matched))}>
                {e.chip ?? (e.outlet || e.label)}
              </button>
            </p>
            {e.speaker && (e.reason === 'speaker' || e.note) && <p class="why">Said by {e.speaker} in this source</p>}
            {e.note && <p class="note evidence-note">{e.note}</p>}
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
