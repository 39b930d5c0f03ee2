import type { TabReport } from '../lib/background/tab-reports';
import type { Loaded } from './Loaded';
import { plural } from '../lib/text/plural';

export interface TabStatusProps {
  /** null: no report for this tab. */
  tab: Loaded<TabReport | null>;
  /** The title of the story the page covers, once known. */
  storyTitle?: string | null;
}


/** What the detector, and then the sidebar's check, found on the active tab. */
export function TabStatus({ tab, storyTitle }: TabStatusProps) {
  let body;
  let tone = 'neutral';
  if (tab.status === 'loading') body = 'Checking this tab…';
  else if (tab.status === 'failed') body = 'Could not ask Triangulate about this tab. Close and reopen this popup.';
  else if (!tab.value) body = 'Triangulate has not read this page. It reads web pages as they load: reload the page to check it.';
  else if (tab.value.detected) {
    tone = 'coverage';
    const c = tab.value.counts;
    body = c
      ? `${plural(c.corroborated + c.varying + c.unique, 'claim')}: ${c.corroborated} corroborated, ${c.varying} varying, ${c.unique} unique`
      : `This page covers ${storyTitle ? `“${storyTitle}”` : "a story in Triangulate's sources"} (score ${tab.value.score.toFixed(2)}).`;
    if (c && storyTitle) body = `${body} · ${storyTitle}`;
  } else body = `This page does not look like coverage of any story in Triangulate's sources (score ${tab.value.score.toFixed(2)}).`;
  return (
    <p class={`tab-status ${tone}`} role="status">
      {body}
    </p>
  );
}
