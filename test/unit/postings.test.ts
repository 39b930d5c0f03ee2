// The inverted index in one typed array (lib/postings.ts): pairs grouped by id in the order given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostings } from '../../lib/postings';

const listOf = (p: ReturnType<typeof buildPostings>, id: number) => Array.from(p.list(id));

describe('buildPostings', () => {
  it('groups values by id, each id keeping the order they were given in', () => {
    const p = buildPostings(4, [2, 0, 2, 3, 0, 2], [10, 11, 12, 13, 14, 15], 6);
    expect(listOf(p, 0)).toEqual([11, 14]);
    expect(listOf(p, 2)).toEqual([10, 12, 15]);
    expect(listOf(p, 3)).toEqual([13]);
    expect([0, 1, 2, 3].map((id) => p.size(id))).toEqual([2, 0, 3, 1]);
  });

  it('has nothing for an id never posted, negative or past the last id', () => {
    const p = buildPostings(3, [0, 2], [5, 6], 2);
    for (const id of [1, -1, 3, 1000]) {
      expect(p.size(id), `size(${id})`).toBe(0);
      expect(p.list(id), `list(${id})`).toHaveLength(0);
    }
  });

  it('uses only the first `count` pairs (callers pass buffers larger than what they filled)', () => {
    const p = buildPostings(3, [1, 1, 2, 2, 0], [7, 8, 9, 99, 99], 3);
    expect(listOf(p, 1)).toEqual([7, 8]);
    expect(listOf(p, 2)).toEqual([9]);
    expect(p.size(0)).toBe(0);
  });

  it('keeps values that are not small integers as they are', () => {
    // The matcher packs (source, figure) into one large number: it must come back unchanged.
    const big = 5 * 2 ** 20 + 17;
    const p = buildPostings(2, [1, 1], [big, 0.25], 2);
    expect(listOf(p, 1)).toEqual([big, 0.25]);
  });

  it('is empty with no pairs or no ids', () => {
    expect(buildPostings(5, [], [], 0).size(0)).toBe(0);
    expect(buildPostings(0, [], [], 0).list(0)).toHaveLength(0);
  });

  it('gives every id the input pairs with that id, in order (property)', () => {
    const input = fc
      .integer({ min: 1, max: 20 })
      .chain((idCount) =>
        fc.tuple(
          fc.constant(idCount),
          fc.array(fc.tuple(fc.integer({ min: 0, max: idCount - 1 }), fc.double({ noNaN: true })), { maxLength: 60 }),
          fc.nat(),
        ),
      );
    fc.assert(
      fc.property(input, ([idCount, pairs, cut]) => {
        const count = pairs.length ? cut % (pairs.length + 1) : 0;
        const p = buildPostings(idCount, pairs.map(([id]) => id), pairs.map(([, v]) => v), count);
        const used = pairs.slice(0, count);
        for (let id = 0; id < idCount; id++) {
          const expected = used.filter(([x]) => x === id).map(([, v]) => v);
          expect(listOf(p, id)).toEqual(expected);
          expect(p.size(id)).toBe(expected.length);
        }
        expect(p.size(idCount)).toBe(0);
        expect(p.size(-1)).toBe(0);
      }),
    );
  });
});
