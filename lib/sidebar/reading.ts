// The sidebar's reading of a page, as pure steps the state calls in turn: is the article
// coverage of a story, what the sidebar shows once its claims are matched, and the report.
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import { articleCoverage, capArticle, type Coverage } from '../analyze';
import type { Article } from '../article';
import { toCards } from '../cards';
import type { DetectIndex } from '../detect';
import type { ClaimResult } from '../match/verdicts';
import type { Strictness } from '../match/strictness';
import type { SourceSummary, StorySources } from '../stories';
import { sourceNames } from '../source-names';
import { toReport } from '../report';

const NOT_COVERAGE: Coverage = { detected: false, score: 0, story: null };

/** The article (cut to what is checked) and the story it covers, if any: `detected` when the
 * detector already found it, else scored against `index`. */
export function coverageOf(read: Article | null, index: DetectIndex | null, strictness: Strictness, detected: string | null = null) {
  const capped = read ? capArticle(read) : null;
  const coverage = !capped ? NOT_COVERAGE : detected ? { detected: true, score: 1, story: detected } : index ? articleCoverage(capped.article, index, strictness) : NOT_COVERAGE;
  return { capped, coverage };
}

/** Whether the page is already one of the story's sources: the source it is, or one at its address. */
function isSourcePage(self: string | null, sources: SourceSummary[], url: string): boolean {
  return self !== null || sources.some((s) => s.url === url);
}

export interface Checked {
  results: ClaimResult[];
  self: string | null;
  known: StorySources;
  /** Ids new with each reading, so a re-checked page's cards start closed or open afresh. */
  idPrefix: string;
  truncated: boolean;
  url: string;
}

/** What the sidebar shows of a checked page. */
export function checkedProps({ results, self, known, idPrefix, truncated, url }: Checked): Partial<SidebarProps> {
  const { sources, story } = known;
  const names = sourceNames(sources);
  return {
    status: 'ready',
    cards: toCards(results, sources, idPrefix),
    sources: sources.map((s) => ({ ...s, chip: names.get(s.id) ?? s.label })),
    selfLabel: self ? (sources.find((s) => s.id === self)?.label ?? self) : null,
    story: story && { title: story.title, sources: sources.length, ...(story.found ? { outlets: story.found.outlets } : {}) },
    // A found story is rebuilt from the pool as articles arrive: a page joins it by being read.
    addPage: story && !story.found ? { story: story.title, state: isSourcePage(self, sources, url) ? 'already' : 'ready', message: null } : null,
    truncated,
  };
}

/** The Markdown report of a checked page, with the compare grid. */
export function pageReport(checked: Omit<Checked, 'idPrefix'>, title: string): string {
  const { results, self, known, truncated, url } = checked;
  return toReport({ coverage: { detected: true, score: 1, story: known.story?.id ?? null }, self, results, truncated }, known.sources, {
    title,
    url,
    format: 'markdown',
    story: known.story?.title,
    grid: true,
  }).replace(/\n\n+$/, '\n');
}
