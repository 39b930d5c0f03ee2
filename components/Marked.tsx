export interface MarkedProps {
  text: string;
  /** [start, end) ranges of `text` to mark; out-of-range or overlapping ones are dropped, since
   * they come from another context (the background) and are not trusted to be tidy. */
  marks: [number, number][];
  /** Class of each <mark>. */
  markClass?: string;
}

/** Text with some ranges in <mark>: every part a text node, never markup. */
export function Marked({ text, marks, markClass }: MarkedProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} class={markClass}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
