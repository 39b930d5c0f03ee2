// The toolbar button of a tab: its badge and tooltip, from what is known of the page.
import { countsTitle } from '../cards';
import type { TabReport } from './tab-reports';

/** Longest count the badge shows; more reads "999+". */
const MAX_BADGE = 999;

/** The badge text and tooltip of a tab. The tooltip says what was found, so a page without the
 * badge is told apart from one not read yet. */
export function badgeOf(report: TabReport | null, storyTitle?: string): { text: string; title: string } {
  if (!report) return { text: '', title: 'Triangulate' };
  if (!report.detected) return { text: '', title: 'Triangulate: this page is not coverage of a story in its sources' };
  const c = report.counts;
  if (!c) return { text: '✓', title: `Triangulate: this page covers ${storyTitle ? `“${storyTitle}”` : 'a story in its sources'}` };
  const total = c.corroborated + c.varying + c.unique;
  return { text: total > MAX_BADGE ? `${MAX_BADGE}+` : String(total), title: countsTitle(c) };
}
