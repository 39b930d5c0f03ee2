// Where the time goes between opening an article and its first card: User Timing marks named
// `triangulate:<span>:start|end` on the page's own timeline (0 = navigation start). The page's
// scripts mark their parts; the background measures its own and hands its times back in the
// matchClaims reply, and the sidebar places them beside its own. Nothing leaves the page: the
// bench and the e2e suite read the marks, as the browser's performance panel would.

export const MARK_PREFIX = 'triangulate:';

/** Times in the background, in ms since 1970 (its timeOrigin + now), so that a page can place
 * them on its own timeline whatever the worker's start. */
export interface PathTimings {
  /** The worker's start, and the moment its message listener was ready. */
  worker: [number, number];
  /** The detector's report arriving, and the decision to inject the sidebar; absent when the
   * sidebar came another way (popup, command) or the worker restarted since. */
  route?: [number, number];
  /** matchClaims arriving, the story's index ready, the page's claims read, the claims matched. */
  match: [number, number, number, number];
}

const isTimes = (v: unknown, n: number) =>
  Array.isArray(v) && v.length === n && v.every((t) => typeof t === 'number' && Number.isFinite(t) && t >= 0);

/** Checked like every message: a reply from an older build may not carry them, or another shape. */
export function isPathTimings(x: unknown): x is PathTimings {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  return isTimes(t.worker, 2) && (t.route === undefined || isTimes(t.route, 2)) && isTimes(t.match, 4);
}

/** The marks the background's times make on a page whose timeline starts at `timeOrigin`. The
 * worker's wake counts from the navigation on (the navigation itself may have woken it), and
 * only when it ended after the navigation started. */
export function pathMarks(t: PathTimings, timeOrigin: number): [string, number][] {
  const at = (ms: number) => ms - timeOrigin;
  const [received, loaded, extracted, matched] = t.match.map(at);
  const marks: [string, number][] = [
    ['index:start', received], ['index:end', loaded],
    ['extraction:start', loaded], ['extraction:end', extracted],
    ['matching:start', extracted], ['matching:end', matched],
  ];
  if (t.route) marks.push(['routing:start', at(t.route[0])], ['routing:end', at(t.route[1])], ['injection:start', at(t.route[1])]);
  if (at(t.worker[1]) >= 0) marks.push(['wake:start', Math.max(0, at(t.worker[0]))], ['wake:end', at(t.worker[1])]);
  return marks;
}

/** The page's performance timeline, as much of it as the marks need. */
export interface Timeline {
  timeOrigin: number;
  mark(name: string, options?: { startTime?: number }): unknown;
}

/** Marks each name once (the first card's path, not every re-check's), never throwing into the
 * page: a mark before the navigation (a clock apart) is dropped. */
export function createMarker(timeline: Timeline) {
  const made = new Set<string>();
  const mark = (name: string, startTime?: number) => {
    if (made.has(name) || (startTime !== undefined && !(startTime >= 0))) return;
    made.add(name);
    try {
      timeline.mark(MARK_PREFIX + name, startTime === undefined ? undefined : { startTime });
    } catch {
      // A timeline the page broke costs us a mark, nothing more.
    }
  };
  return {
    mark,
    /** The background's part of the path, from a matchClaims reply. */
    background(timings: unknown) {
      if (isPathTimings(timings)) for (const [name, at] of pathMarks(timings, timeline.timeOrigin)) mark(name, at);
    },
  };
}

/** Each span of the path, in order, from one mark to another; some run inside others (the wake
 * inside the message or beside the page's load; the story's index, extraction and matching, all
 * in the background, inside the request). */
export const PATH_SPANS = {
  detector: ['detector:start', 'detector:end'],
  message: ['detector:end', 'routing:start'],
  wake: ['wake:start', 'wake:end'],
  routing: ['routing:start', 'routing:end'],
  injection: ['injection:start', 'injection:end'],
  startup: ['injection:end', 'reading:start'],
  reading: ['reading:start', 'reading:end'],
  confirming: ['reading:end', 'request:start'],
  request: ['request:start', 'request:end'],
  index: ['index:start', 'index:end'],
  extraction: ['extraction:start', 'extraction:end'],
  matching: ['matching:start', 'matching:end'],
  render: ['request:end', 'render:end'],
} as const;

export type PathSpan = keyof typeof PATH_SPANS;

/** One page's path: each span's start (ms from navigation) and length, for the spans whose two
 * marks are there, and the first card's time from navigation. */
export interface PathSeen {
  spans: Partial<Record<PathSpan, { start: number; ms: number }>>;
  firstCard: number | null;
}

/** The path from a page's marks (performance.getEntriesByType('mark')); the first mark of a
 * name counts. */
export function pathOf(entries: { name: string; startTime: number }[]): PathSeen {
  const first = new Map<string, number>();
  for (const e of entries) {
    const name = e.name.slice(MARK_PREFIX.length);
    if (e.name.startsWith(MARK_PREFIX) && !first.has(name)) first.set(name, e.startTime);
  }
  const spans: PathSeen['spans'] = {};
  for (const [span, [from, to]] of Object.entries(PATH_SPANS) as [PathSpan, readonly [string, string]][]) {
    const start = first.get(from);
    const end = first.get(to);
    if (start !== undefined && end !== undefined) spans[span] = { start, ms: end - start };
  }
  return { spans, firstCard: first.get('render:end') ?? null };
}

export const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Medians over pages, span by span (over the pages that have the span), and of the first card. */
export function medianPath(paths: PathSeen[]): PathSeen {
  const spans: PathSeen['spans'] = {};
  for (const span of Object.keys(PATH_SPANS) as PathSpan[]) {
    const seen = paths.flatMap((p) => (p.spans[span] ? [p.spans[span]] : []));
    if (seen.length) spans[span] = { start: median(seen.map((s) => s.start))!, ms: median(seen.map((s) => s.ms))! };
  }
  return { spans, firstCard: median(paths.flatMap((p) => (p.firstCard === null ? [] : [p.firstCard]))) };
}
