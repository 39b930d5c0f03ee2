export interface MarkTipProps {
  text: string;
  /** Viewport pixels: just above the mark. */
  x: number;
  y: number;
}

/** A small tooltip over a marked passage: its verdict and reason, in words. */
export function MarkTip({ text, x, y }: MarkTipProps) {
  return (
    <div class="tg-tip" role="tooltip" style={{ left: `${Math.max(4, x)}px`, top: `${Math.max(4, y)}px` }}>
      {text}
    </div>
  );
}
