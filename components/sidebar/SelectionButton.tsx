import { trusted } from './trusted';

export interface SelectionButtonProps {
  /** Where to stand, in viewport pixels: just below the selection's end. */
  x: number;
  y: number;
  onCrossCheck(): void;
}

/** The small button beside a fresh selection on coverage pages. */
export function SelectionButton({ x, y, onCrossCheck }: SelectionButtonProps) {
  return (
    <button
      type="button"
      class="tg-select"
      data-action="cross-check"
      style={{ left: `${Math.max(4, x)}px`, top: `${Math.max(4, y)}px` }}
      // Keep the page's selection: a mousedown on a button would otherwise clear it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={trusted(onCrossCheck)}
    >
      <span aria-hidden="true">◭ </span>Cross-check
    </button>
  );
}
