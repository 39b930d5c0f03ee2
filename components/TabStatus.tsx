import type { TabState } from '../lib/messages';
import type { Loaded } from './Loaded';

export interface TabStatusProps {
  /** null: no report for this tab. */
  tab: Loaded<TabState | null>;
}

/** What the detector found on the active tab. */
export function TabStatus({ tab }: TabStatusProps) {
  let body;
  let tone = 'neutral';
  if (tab.status === 'loading') body = 'Checking this tab…';
  else if (tab.status === 'failed') body = 'Could not ask Triangulate about this tab. Close and reopen this popup.';
  else if (!tab.value) body = 'Triangulate has not read this page. It reads web pages as they load: reload the page to check it.';
  else if (tab.value.detected) {
    tone = 'coverage';
    body = `This page covers the story in Triangulate's sources (score ${tab.value.score.toFixed(2)}).`;
  } else body = `This page does not look like coverage of the story (score ${tab.value.score.toFixed(2)}).`;
  return (
    <p class={`tab-status ${tone}`} role="status">
      {body}
    </p>
  );
}
