import { describe, expect, it } from 'vitest';
import { chipLabel, chipsLine, shortenAtWord, withoutDateline } from '../../lib/outlets';

describe('chipLabel', () => {
  it('is the outlet when the article names one', () => {
    expect(chipLabel({ title: 'Rutte Takes Reins at NATO', label: 'x', outlet: 'Bloomberg' })).toBe('Bloomberg');
  });
  it('is the title cut at a word boundary otherwise, never an invented outlet', () => {
    expect(chipLabel({ title: 'Rutte takes reins at NATO at critical juncture', label: '', outlet: '' })).toBe('Rutte takes reins at…');
    expect(chipLabel({ title: 'Short title', label: '', outlet: '' })).toBe('Short title');
  });
  it('uses the opening words of an untitled article, its dateline skipped', () => {
    expect(chipLabel({ title: '', label: "Tuesday, October 01, 2024 - NATO's new leader, Mark…", outlet: '' })).toBe("NATO's new leader, Mark…");
  });
});

describe('shortenAtWord and withoutDateline', () => {
  it('never cuts inside a word', () => {
    expect(shortenAtWord('Mark Rutte, the former Prime Minister', 24)).toBe('Mark Rutte, the former…');
    expect(shortenAtWord('Supercalifragilisticexpialidocious words', 10)).toBe('Supercalif…');
  });
  it('keeps a line whose opening is not a date', () => {
    expect(withoutDateline('Brussels - NATO')).toBe('Brussels - NATO');
  });
});

describe('chipsLine', () => {
  it('shows three distinct names and counts the rest', () => {
    expect(chipsLine(['AP', 'Reuters', 'AP', 'Bloomberg', 'BBC', 'CNN'])).toEqual({ chips: ['AP', 'Reuters', 'Bloomberg'], more: 2 });
  });
});
