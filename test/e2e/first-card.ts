// How long each news page takes from navigation to its first card, per browser, read from the
// page's own marks (lib/timings). Reported, never asserted: test/artifacts/first-card.json has
// every page's path, and the end of the run says each browser's median in one line.
import fs from 'node:fs';
import path from 'node:path';
import { medianPath, pathOf, type PathSeen } from '../../lib/timings';
import type { Tab } from './drivers';

const FILE = path.resolve(import.meta.dirname, '../artifacts/first-card.json');

/** The page's marks as plain data; run in the page, whose Array methods may be replaced (the
 * hostile fixtures do), so a plain loop. */
export const readMarks = () => {
  const marks = performance.getEntriesByType('mark');
  const out: { name: string; startTime: number }[] = [];
  for (let i = 0; i < marks.length; i++) out[i] = { name: marks[i].name, startTime: marks[i].startTime };
  return out;
};

const seen = new Map<string, { page: string; path: PathSeen }[]>();

/** Reads the path of a page whose cards are out (its last mark follows them in the same task). */
export async function recordFirstCard(browser: string, page: string, tab: Tab): Promise<void> {
  const marks = await tab.evaluate(readMarks, null);
  seen.set(browser, [...(seen.get(browser) ?? []), { page, path: pathOf(marks) }]);
}

const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);

/** Writes what was recorded and prints one line per browser. */
export function reportFirstCards(): void {
  if (!seen.size) return;
  const report = Object.fromEntries(
    [...seen].map(([browser, pages]) => {
      const median = medianPath(pages.map((p) => p.path));
      const spans = Object.fromEntries(Object.entries(median.spans).map(([span, s]) => [span, { start: round(s.start), ms: round(s.ms) }]));
      return [browser, { medianFirstCardMs: round(median.firstCard), medianSpans: spans, pages }];
    }),
  );
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(report, null, 2));
  for (const [browser, r] of Object.entries(report)) {
    const missing = seen.get(browser)!.filter((p) => p.path.firstCard === null).length;
    console.log(`first card from navigation, ${browser}: median ${r.medianFirstCardMs} ms over ${seen.get(browser)!.length - missing} pages` +
      (missing ? ` (${missing} without marks)` : '') + ` (${path.relative(process.cwd(), FILE)})`);
  }
}
