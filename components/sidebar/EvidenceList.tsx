import type { EvidenceView } from '../../lib/cards';
import { DiffView } from './DiffView';
import { trusted } from './trusted';

export interface EvidenceListProps {
  evidence: EvidenceView[];
  onOpenSource(source: string, passage: string): void;
}

/** Each source that has the claim, exactly or in other words, with its passage or diff. */
export function EvidenceList({ evidence, onOpenSource }: EvidenceListProps) {
  if (!evidence.length) return <p class="no-evidence">No source in the corpus has this.</p>;
  return (
    <ul class="evidence">
      {evidence.map((e) => (
        <li key={e.source} class={`evidence-item match-${e.match}`}>
          <p class="evidence-head">
            <span class="match">{e.match === 'exact' ? 'Same' : 'Differs'}</span>
            <button type="button" class="link" onClick={trusted(() => onOpenSource(e.source, e.passage))}>
              {e.label}
            </button>
            {e.outlet && <span class="outlet"> · {e.outlet}</span>}
            <span class="score" title="How much of the claim this source holds">
              {' '}
              · {Math.round(e.score * 100)}%
            </span>
          </p>
          {e.why && <p class="why">{e.speaker && e.why.startsWith('same words') ? `Same words, said by ${e.speaker}` : whyText(e.why)}</p>}
          {e.match === 'variant' ? <DiffView parts={e.diff} /> : <blockquote class="passage">{e.passage}</blockquote>}
        </li>
      ))}
    </ul>
  );
}

function whyText(why: string): string {
  if (why === 'other words') return 'In other words';
  if (why === 'holds part of it') return 'Holds part of it';
  if (why === 'another value') return 'Another value';
  return why.charAt(0).toUpperCase() + why.slice(1);
}
