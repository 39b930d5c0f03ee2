import type { DiffPart } from '../../lib/diff';

export interface DiffViewProps {
  parts: DiffPart[];
}

/** A word diff as two labelled rows: the page's words with those only it has struck through,
 * then the source's with those only it has underlined. Each run is also labelled for screen
 * readers: not colour alone. */
export function DiffView({ parts }: DiffViewProps) {
  return (
    <dl class="diff">
      <dt>This page</dt>
      <dd data-side="page">{side(parts, 'page')}</dd>
      <dt>Source</dt>
      <dd data-side="source">{side(parts, 'source')}</dd>
    </dl>
  );
}

function side(parts: DiffPart[], which: 'page' | 'source') {
  return parts
    .filter((p) => p.op === 'same' || p.op === which)
    .map((part, i) => (
      <>
        {i > 0 && ' '}
        {part.op === 'same' ? (
          <span>{part.text}</span>
        ) : which === 'page' ? (
          <del title="Only on this page">
            <span class="sr-only">only on this page: </span>
            {part.text}
          </del>
        ) : (
          <ins title="Only in the source">
            <span class="sr-only">only in the source: </span>
            {part.text}
          </ins>
        )}
      </>
    ));
}

/** What the marks in a diff mean, once above the evidence that uses them. */
export function DiffLegend() {
  return (
    <p class="legend diff-legend">
      <del>struck</del> only on this page · <ins>underlined</ins> only in the source
    </p>
  );
}
