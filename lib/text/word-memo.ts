// Words repeat, page after page: what is worked out from a word alone is worked out once.

/** `compute` remembered per word; the store is emptied when it holds `max` words. */
export function memoByWord<T>(compute: (word: string) => T, max = 20_000): (word: string) => T {
  const store = new Map<string, T>();
  return (word) => {
    let answer = store.get(word);
    if (answer === undefined) {
      if (store.size >= max) store.clear();
      store.set(word, (answer = compute(word)));
    }
    return answer;
  };
}
