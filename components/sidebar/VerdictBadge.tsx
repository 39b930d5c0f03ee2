import type { Verdict } from '../../lib/match/verdicts';

const LABEL: Record<Verdict, string> = { corroborated: 'Corroborated', varying: 'Varying', unique: 'Unique' };
// A shape per verdict as well as a colour, for readers who do not tell the colours apart.
const MARK: Record<Verdict, string> = { corroborated: '✓', varying: '≈', unique: '○' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{MARK[verdict]} </span>
      {LABEL[verdict]}
    </span>
  );
}

export { LABEL as VERDICT_LABEL, MARK as VERDICT_MARK };
