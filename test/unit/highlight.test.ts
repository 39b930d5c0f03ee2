// @vitest-environment happy-dom
// happy-dom, not linkedom: the text map needs TreeWalker filters.
import { describe, expect, it } from 'vitest';
import type { QuoteClaim } from '../../lib/claims/types';
import { buildTextMap, claimSpans } from '../../lib/highlight';

const page = `<html><body>
  <nav>Home World</nav>
  <article>
    <p>“Mark has the <em>perfect</em> background to become a great <a href="#">secretary</a> general,” Stoltenberg said.</p>
    <script>var x = "perfect background";</script>
    <p>Rutte   said it
      twice.</p>
  </article>
</body></html>`;

const quote = (text: string, block: number, start: number): QuoteClaim => ({ kind: 'quote', text, speaker: null, block, ranges: [[start, start + text.length]] });

describe('text map and claim ranges', () => {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const map = buildTextMap(doc, doc.body);

  it('collapses white space as the article blocks do and skips scripts', () => {
    expect(map.text).toContain('Rutte said it twice.');
    expect(map.text).not.toContain('var x');
  });

  it('finds a claim that spans <em> and <a>, as a span over the live nodes', () => {
    const block = '“Mark has the perfect background to become a great secretary general,” Stoltenberg said.';
    const text = 'Mark has the perfect background to become a great secretary general';
    const [spans] = claimSpans(map, [block], [quote(text, 0, 1)]);
    expect(spans).toHaveLength(1);
    const r = spans![0];
    // Starts after the opening quote mark in the first text node, ends after "general" in the
    // text node that follows the link.
    expect(r.startNode.data.slice(r.startOffset)).toBe('Mark has the ');
    expect(r.endNode.data.slice(0, r.endOffset)).toBe(' general');
  });

  it('falls back to the claim words when its block changed, and gives null when they are gone', () => {
    const [found, gone] = claimSpans(map, ['a block the page no longer has'], [quote('Rutte said it twice.', 0, 0), quote('Nobody said this', 0, 0)]);
    const r = found![0];
    // One text node with runs of spaces and a line break: the offsets are the node's own.
    expect(r.startNode).toBe(r.endNode);
    expect(r.startNode.data.slice(r.startOffset, r.endOffset)).toMatch(/^Rutte\s+said it\s+twice\.$/);
    expect(gone).toBeNull();
  });
});
