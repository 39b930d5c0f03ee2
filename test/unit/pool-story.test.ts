// A found story's title and summary: made from what its articles' headlines say.
import { describe, expect, it } from 'vitest';
import type { PoolRecord } from '../../lib/pool/cluster';
import { storySummary, storyTitle } from '../../lib/pool/story';

const record = (title: string, from: number, blocks: string[] = []): PoolRecord =>
  ({ article: { id: title, url: '', title, outlet: '', date: '', blocks }, copies: [], terms: new Map(), lead: { words: new Set(), days: [] }, signature: null, cluster: 0, from, to: from, ahead: [] }) as PoolRecord;

describe('storyTitle', () => {
  it('is the headline words at least half the headlines share, in the earliest headline’s order', () => {
    const records = [record('Harbour Town win the Coastal Cup final 3-1', 2), record('Coastal Cup: Harbour Town crowned', 1), record('Joy as Harbour Town lift Coastal Cup', 3)];
    expect(storyTitle(records)).toBe('Coastal Cup Harbour Town');
  });

  it('leaves out the letters of a number: "15th" is no word "th"', () => {
    const records = [record('Madrid win a 15th European title', 1), record('Madrid seal 15th European crown', 2), record('15th European title for Madrid', 3)];
    expect(storyTitle(records)).toBe('Madrid European title');
    expect(storyTitle(records)).not.toMatch(/\bth\b/);
  });

  it('is the earliest headline when they share too few words', () => {
    expect(storyTitle([record('Flood waters rise', 2), record('River bursts its banks', 1), record('Towns evacuated', 3)])).toBe('River bursts its banks');
  });
});

describe('storySummary', () => {
  it('lists the capitalised words most articles share, most shared first', () => {
    const records = [record('Harbour Town win', 1, ['Harbour Town beat Port Ellis at Wembley.']), record('Town crowned', 2, ['Port Ellis lost to Harbour Town.'])];
    expect(storySummary(records).split(', ')).toEqual(expect.arrayContaining(['Harbour', 'Town', 'Port', 'Ellis']));
  });
});
