// An inverted index (id -> numbers) in one typed array, sorted by id with a counting pass: a
// story of a thousand articles has a million postings, and growing a list per id cost more than
// everything else a waking worker does.

export interface Postings {
  /** How many postings an id has (0 for an id never posted). */
  size(id: number): number;
  /** An id's postings, in the order they were given. */
  list(id: number): Float64Array;
}

/** The first `count` pairs (ids[i], values[i]), grouped by id; ids are below `idCount`. */
export function buildPostings(idCount: number, ids: ArrayLike<number>, values: ArrayLike<number>, count: number): Postings {
  const start = new Int32Array(idCount + 1);
  for (let i = 0; i < count; i++) start[ids[i] + 1]++;
  for (let i = 0; i < idCount; i++) start[i + 1] += start[i];
  const sorted = new Float64Array(count);
  const at = start.slice(0, idCount);
  for (let i = 0; i < count; i++) sorted[at[ids[i]]++] = values[i];
  const inRange = (id: number) => id >= 0 && id < idCount;
  return {
    size: (id) => (inRange(id) ? start[id + 1] - start[id] : 0),
    list: (id) => (inRange(id) ? sorted.subarray(start[id], start[id + 1]) : sorted.subarray(0, 0)),
  };
}
