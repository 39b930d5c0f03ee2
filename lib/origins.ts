// Where a story and each of its sources came from, as the options page and the sources page
// say it: the same words in both.

/** Where a source came from: bundled with the extension, in a pack the reader imported, a page
 * the reader added, or found in the feeds and pages the reader reads (stories that find themselves). */
export type SourceOrigin = 'bundled' | 'imported' | 'added' | 'found';
/** Where a story came from: bundled, an imported pack, or found in the reader's feeds and pages. */
export type StoryOrigin = 'bundled' | 'imported' | 'found';

export const SOURCE_ORIGIN_LABEL: Record<SourceOrigin, string> = { bundled: 'bundled', imported: 'imported', added: 'added by you', found: 'found' };
export const STORY_ORIGIN_LABEL: Record<StoryOrigin, string> = { bundled: 'bundled story', imported: 'imported story', found: 'found story' };

/** "4 bundled, 1 added by you": how many sources came from where, in a fixed order; one origin
 * alone is named without a count. */
export function originCounts(sources: { origin: SourceOrigin }[]): string {
  const counts = (Object.keys(SOURCE_ORIGIN_LABEL) as SourceOrigin[])
    .map((origin) => [origin, sources.filter((s) => s.origin === origin).length] as const)
    .filter(([, n]) => n > 0);
  return counts.length === 1 ? `all ${SOURCE_ORIGIN_LABEL[counts[0][0]]}` : counts.map(([origin, n]) => `${n} ${SOURCE_ORIGIN_LABEL[origin]}`).join(', ');
}
