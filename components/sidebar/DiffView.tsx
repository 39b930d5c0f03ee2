import type { DiffPart } from '../../lib/diff';

/** A word diff, page against source. Words only the page has are struck through, words only the
 * source has are underlined, and each run is labelled for screen readers: not colour alone. */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff">
      {parts.map((part, i) => (
        <>
          {i > 0 && ' '}
          {part.op === 'same' ? (
            <span>{part.text}</span>
          ) : part.op === 'page' ? (
            <del title="Only on this page">
              <span class="sr-only">page has: </span>
              {part.text}
            </del>
          ) : (
            <ins title="Only in the source">
              <span class="sr-only">source has: </span>
              {part.text}
            </ins>
          )}
        </>
      ))}
    </p>
  );
}
