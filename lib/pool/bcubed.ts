// B-cubed precision and recall of a clustering against gold labels, over items: for each item,
// the share of its predicted cluster that shares its gold cluster (precision) and the share of
// its gold cluster that its predicted cluster holds (recall), averaged.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores per item (item -> cluster key, item -> gold key); items missing from `predicted`
 * are singletons. */
export function bcubedItems(predicted: Map<string, string>, gold: Map<string, string>): Map<string, { precision: number; recall: number }> {
  const key = (item: string) => predicted.get(item) ?? `single:${item}`;
  const byPredicted = groupBy([...gold.keys()], key);
  const byGold = groupBy([...gold.keys()], (i) => gold.get(i)!);
  const out = new Map<string, { precision: number; recall: number }>();
  for (const item of gold.keys()) {
    const mine = byPredicted.get(key(item))!;
    const truth = byGold.get(gold.get(item)!)!;
    const both = mine.filter((i) => gold.get(i) === gold.get(item)).length;
    out.set(item, { precision: both / mine.length, recall: both / truth.length });
  }
  return out;
}

export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): BCubed {
  const items = [...bcubedItems(predicted, gold).values()];
  const mean = (f: (x: { precision: number; recall: number }) => number) => items.reduce((s, x) => s + f(x), 0) / Math.max(1, items.length);
  const precision = mean((x) => x.precision);
  const recall = mean((x) => x.recall);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function groupBy(items: string[], key: (i: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of items) (out.get(key(i)) ?? out.set(key(i), []).get(key(i))!).push(i);
  return out;
}
