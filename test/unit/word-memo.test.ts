import { describe, expect, it } from 'vitest';
import { memoByWord } from '../../lib/text/word-memo';

describe('memoByWord', () => {
  it('works a word out once and answers it again from the store', () => {
    const seen: string[] = [];
    const upper = memoByWord((w) => (seen.push(w), w.toUpperCase()));
    expect([upper('nato'), upper('rutte'), upper('nato')]).toEqual(['NATO', 'RUTTE', 'NATO']);
    expect(seen).toEqual(['nato', 'rutte']);
  });

  it('remembers falsy answers too', () => {
    let calls = 0;
    const isLong = memoByWord((w) => (calls++, w.length > 3));
    expect([isLong('mr'), isLong('mr')]).toEqual([false, false]);
    expect(calls).toBe(1);
  });

  it('empties its store when it is full, and still answers right', () => {
    const seen: string[] = [];
    const length = memoByWord((w) => (seen.push(w), w.length), 2);
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    // The third word emptied the store: the first is worked out again.
    expect(seen).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
