// The first card's path as User Timing marks (lib/timings): the background's times placed on the
// page's timeline, each mark made once, and spans read back from the marks.
import { describe, expect, it } from 'vitest';
import { createMarker, isPathTimings, medianPath, pathMarks, pathOf, type PathTimings } from '../../lib/timings';

const ORIGIN = 1_700_000_000_000;
const timings: PathTimings = { worker: [ORIGIN - 5_000, ORIGIN - 4_990], route: [ORIGIN + 100, ORIGIN + 102], match: [ORIGIN + 300, ORIGIN + 340, ORIGIN + 350, ORIGIN + 360] };

/** A timeline that keeps its marks, as the browser's does. */
function timeline(origin = ORIGIN) {
  const marks: { name: string; startTime: number }[] = [];
  let clock = 50;
  return { marks, timeOrigin: origin, mark: (name: string, o?: { startTime?: number }) => void marks.push({ name, startTime: o?.startTime ?? clock++ }) };
}

describe('isPathTimings', () => {
  it('takes the background’s times with or without a route, and nothing else', () => {
    expect(isPathTimings(timings)).toBe(true);
    expect(isPathTimings({ ...timings, route: undefined })).toBe(true);
    expect(isPathTimings(undefined)).toBe(false);
    expect(isPathTimings({ ...timings, match: [1, 2] })).toBe(false);
    expect(isPathTimings({ ...timings, worker: [1, Number.NaN] })).toBe(false);
    expect(isPathTimings({ ...timings, route: ['1', 2] })).toBe(false);
    expect(isPathTimings({ ...timings, match: [1, 2, -3] })).toBe(false);
  });
});

describe('pathMarks', () => {
  it('places the background’s steps on the page’s timeline', () => {
    expect(pathMarks(timings, ORIGIN)).toEqual([
      ['index:start', 300], ['index:end', 340], ['extraction:start', 340], ['extraction:end', 350], ['matching:start', 350], ['matching:end', 360],
      ['routing:start', 100], ['routing:end', 102], ['injection:start', 102],
    ]);
  });
  it('counts the worker’s wake from the navigation on, and only a wake that ended after it', () => {
    const woke = pathMarks({ ...timings, worker: [ORIGIN - 20, ORIGIN + 60] }, ORIGIN);
    expect(woke.filter(([n]) => n.startsWith('wake'))).toEqual([['wake:start', 0], ['wake:end', 60]]);
    const later = pathMarks({ ...timings, worker: [ORIGIN + 110, ORIGIN + 180], route: undefined }, ORIGIN);
    expect(later.filter(([n]) => n.startsWith('wake') || n.startsWith('routing'))).toEqual([['wake:start', 110], ['wake:end', 180]]);
  });
});

describe('createMarker', () => {
  it('marks each name once, under the prefix, at the time given or now', () => {
    const t = timeline();
    const marker = createMarker(t);
    marker.mark('reading:start');
    marker.mark('reading:start');
    marker.mark('index:start', 12.5);
    expect(t.marks).toEqual([{ name: 'triangulate:reading:start', startTime: 50 }, { name: 'triangulate:index:start', startTime: 12.5 }]);
  });
  it('records the background’s times from a reply, and ignores what is not them', () => {
    const t = timeline();
    const marker = createMarker(t);
    marker.background({ worker: 'x' });
    marker.background(undefined);
    expect(t.marks).toEqual([]);
    marker.background(timings);
    expect(t.marks.map((m) => m.name)).toContain('triangulate:matching:end');
    expect(t.marks.find((m) => m.name === 'triangulate:routing:start')?.startTime).toBe(100);
  });
  it('drops a time before the navigation and never throws into the page', () => {
    const t = timeline();
    createMarker(t).mark('wake:end', -3);
    expect(t.marks).toEqual([]);
    const broken = createMarker({ timeOrigin: 0, mark: () => { throw new TypeError('no'); } });
    expect(() => broken.mark('reading:start')).not.toThrow();
  });
});

const mark = (name: string, startTime: number) => ({ name: `triangulate:${name}`, startTime });

describe('pathOf', () => {
  it('reads each span from its marks, the first of a name counting, and the first card', () => {
    const seen = pathOf([
      mark('detector:start', 80), mark('detector:end', 85), { name: 'someone-else', startTime: 1 }, mark('routing:start', 90),
      mark('reading:start', 130), mark('reading:end', 140), mark('request:start', 150), mark('extraction:start', 160), mark('extraction:end', 180),
      mark('request:end', 200), mark('render:end', 225), mark('reading:start', 900),
    ]);
    expect(seen.firstCard).toBe(225);
    expect(seen.spans).toEqual({
      detector: { start: 80, ms: 5 }, message: { start: 85, ms: 5 }, reading: { start: 130, ms: 10 }, confirming: { start: 140, ms: 10 },
      request: { start: 150, ms: 50 }, extraction: { start: 160, ms: 20 }, render: { start: 200, ms: 25 },
    });
  });
  it('has no first card on a page that was never checked', () => {
    expect(pathOf([mark('detector:start', 80)])).toEqual({ spans: {}, firstCard: null });
  });
});

describe('medianPath', () => {
  it('takes each span’s median over the pages that have it', () => {
    const page = (ms: number, wake?: number) => ({
      spans: { reading: { start: 100, ms }, ...(wake === undefined ? {} : { wake: { start: 0, ms: wake } }) },
      firstCard: 200 + ms,
    });
    expect(medianPath([page(10), page(30, 70), page(20)])).toEqual({
      spans: { reading: { start: 100, ms: 20 }, wake: { start: 0, ms: 70 } },
      firstCard: 220,
    });
    expect(medianPath([])).toEqual({ spans: {}, firstCard: null });
  });
});
