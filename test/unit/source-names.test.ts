import { describe, expect, it } from 'vitest';
import { sourceNames } from '../../lib/source-names';

const src = (id: string, title: string, outlet = '', label = title) => ({ id, title, label, outlet });
const names = (...sources: ReturnType<typeof src>[]) => [...sourceNames(sources).values()];

describe('sourceNames: a name for each source of a story, no two alike', () => {
  it('is the outlet where the article names one', () => {
    expect(names(src('a', 'Rutte Takes Reins at NATO With Mission to Support Ukraine', 'Bloomberg'), src('b', 'Other', 'AP'))).toEqual(['Bloomberg', 'AP']);
  });

  it('tells near-identical headlines apart by the words only one of them has, never by a shared cut-off', () => {
    const [a, b] = names(
      src('a', 'Rutte takes reins at NATO at critical juncture'),
      src('b', 'Rutte Takes Reins at NATO With Mission to Support Ukraine'),
    );
    expect(a).toBe('Critical juncture');
    expect(b).toMatch(/Mission|Support Ukraine/);
    expect(a).not.toBe(b);
    for (const n of [a, b]) expect(n).not.toMatch(/…$/);
  });

  it('keeps a short headline whole, and drops speech verbs and quote marks from the telling words', () => {
    const [short, long] = names(
      src('a', 'Rate cut explained'),
      src('b', 'New NATO Chief Rutte Says He’s ‘Not Concerned’ About US Election'),
      src('c', 'New NATO chief Rutte takes over'),
    );
    expect(short).toBe('Rate cut explained');
    expect(long).toBe('Concerned About US Election');
  });

  it('names an untitled article by its opening words, its leading date skipped, and never whole when they were cut', () => {
    const [untitled] = names(
      src('a', '', '', "Tuesday, October 01, 2024 - NATO's new leader, Mark…"),
      src('b', 'New NATO Chief Says'),
      src('c', '', '', 'Mark Rutte, the former Prime Minister of the Netherlands…'),
    );
    expect(untitled).toBe('Leader');
  });

  it('adds the telling words to an outlet two sources share', () => {
    const [a, b] = names(src('a', 'Bank cuts rates by half a point', 'Wire'), src('b', 'Bank holds rates, surprising markets', 'Wire'));
    expect(a).toBe('Wire: Half a point');
    expect(b).toBe('Wire: Holds rates, surprising markets');
  });

  it('numbers sources whose headlines are the same, so they still differ', () => {
    expect(names(src('a', 'Bank cuts rates by half a point today'), src('b', 'Bank cuts rates by half a point today'))).toEqual([
      'Bank cuts rates by half… (1)',
      'Bank cuts rates by half… (2)',
    ]);
  });
});
