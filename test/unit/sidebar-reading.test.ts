import { describe, expect, it } from 'vitest';
import type { QuoteClaim } from '../../lib/claims/types';
import type { StorySources } from '../../lib/stories';
import { checkedProps, coverageOf, pageReport } from '../../lib/sidebar/reading';

const claim: QuoteClaim = { kind: 'quote', text: 'I am not worried', speaker: 'Mark Rutte', block: 0, ranges: [[0, 16]] };
const known: StorySources = {
  story: { id: 's', title: 'A story', summary: '' },
  sources: [{ id: 'a', title: 'Rutte takes reins at NATO at critical juncture', label: 'Rutte takes reins at NATO at critical juncture', outlet: '', date: '', sentences: 3, url: 'https://example.org/a' }],
  names: [],
} as StorySources;
const results = [{ claim, verdict: 'corroborated' as const, evidence: [{ source: 'a', match: 'exact' as const, passage: 'I am not worried.', start: 0, end: 17, score: 1, diff: [], speaker: 'Mark Rutte' }] }];

describe('the sidebar\'s reading of a page', () => {
  it('is no coverage without an article or stories', () => {
    expect(coverageOf(null, null, 'balanced')).toEqual({ capped: null, coverage: { detected: false, score: 0, story: null } });
  });
  it('shows a checked page: cards, chips, the story, and whether the page is a source already', () => {
    const props = checkedProps({ results, self: null, known, idPrefix: 'claim-1', truncated: false, url: 'https://example.org/page' });
    expect(props.cards?.map((c) => c.id)).toEqual(['claim-1-0']);
    expect(props.sources?.map((s) => s.chip)).toEqual(['NATO at critical juncture']);
    expect(props.story).toEqual({ title: 'A story', sources: 1 });
    expect(props.addPage?.state).toBe('ready');
    expect(checkedProps({ results, self: null, known, idPrefix: 'c', truncated: false, url: 'https://example.org/a' }).addPage?.state).toBe('already');
  });
  it('says how many outlets a found story’s articles come from, and offers no adding to it', () => {
    const found = { ...known, story: { ...known.story!, found: { articles: 1, outlets: 1 } } };
    const props = checkedProps({ results, self: null, known: found, idPrefix: 'c', truncated: false, url: 'https://example.org/page' });
    expect(props.story).toEqual({ title: 'A story', sources: 1, outlets: 1 });
    expect(props.addPage).toBeNull();
  });
  it('reports with the compare grid', () => {
    expect(pageReport({ results, self: null, known, truncated: false, url: 'https://example.org/page' }, 'Title')).toContain('## Compare: claims by source');
  });
});
