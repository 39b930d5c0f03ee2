// Finding claims in the live page without touching it: a map from the page's text (white space
// collapsed as the article's blocks are) back to text nodes, so a claim found in a block becomes
// a DOM Range for the CSS Custom Highlight API. Ranges span <em>, <a> and split text nodes.
import type { Claim } from './claims/types';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** For each character of `text`: the index of its node in `nodes`, and its offset there. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TRIANGULATE-SIDEBAR', 'TRIANGULATE-SELECTION']);
/** Text beyond this is not mapped: highlights on a huge page stop there. */
const MAX_MAPPED_CHARS = 2_000_000;

export function buildTextMap(doc: Document, root: Node): TextMap {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== root; p = p.parentElement) if (SKIP.has(p.tagName)) return 2; // FILTER_REJECT
      return 1; // FILTER_ACCEPT
    },
  });
  let space = true;
  for (let node = walker.nextNode() as Text | null; node && chars.length < MAX_MAPPED_CHARS; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const index = nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (/\s/.test(c)) {
        if (space) continue;
        space = true;
        chars.push(' ');
      } else {
        space = false;
        chars.push(c);
      }
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** Where a claim stands in the live page: from one text node and offset to another. */
export interface TextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

function spanAt(map: TextMap, start: number, end: number): TextSpan | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  return {
    startNode: map.nodes[map.nodeOf[start]],
    startOffset: map.offsetOf[start],
    endNode: map.nodes[map.nodeOf[end - 1]],
    endOffset: map.offsetOf[end - 1] + 1,
  };
}

/** Spans for each claim (null where the page no longer holds it). Each block is found once,
 * in order, so a repeated paragraph maps to its own place. */
export function claimSpans(map: TextMap, blocks: string[], claims: Claim[]): (TextSpan[] | null)[] {
  const blockAt = new Map<number, number>();
  let from = 0;
  blocks.forEach((b, i) => {
    let at = map.text.indexOf(b, from);
    if (at < 0) at = map.text.indexOf(b);
    if (at >= 0) {
      blockAt.set(i, at);
      from = at + b.length;
    }
  });
  return claims.map((c) => {
    const at = blockAt.get(c.block);
    if (at !== undefined) {
      const spans = c.ranges.map(([a, b]) => spanAt(map, at + a, at + b)).filter((r): r is TextSpan => r !== null);
      return spans.length ? spans : null;
    }
    // The block was not found whole (the page changed it): fall back to the claim's own words.
    const i = map.text.indexOf(c.text);
    const span = i >= 0 ? spanAt(map, i, i + c.text.length) : null;
    return span ? [span] : null;
  });
}

/** A DOM Range over a span, for the Highlight API and for scrolling to it. */
export function toRange(doc: Document, span: TextSpan): Range {
  const range = doc.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** Items grouped by their claim's verdict, one group per Highlight. */
export function groupByVerdict<T>(verdicts: string[], items: (T[] | null)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  verdicts.forEach((v, i) => {
    const list = groups.get(v) ?? [];
    for (const item of items[i] ?? []) list.push(item);
    groups.set(v, list);
  });
  return groups;
}
