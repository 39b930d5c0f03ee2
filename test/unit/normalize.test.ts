import { describe, expect, it } from 'vitest';
import { collapseSpaces, normalizeChars } from '../../lib/text/normalize';

describe('normalizeChars', () => {
  it('turns curly and angled double quotes into straight ones', () => {
    expect(normalizeChars('“a” „b“ «c» ‟d″')).toBe('"a" "b" "c" "d"');
  });

  it('turns curly single quotes and primes into apostrophes', () => {
    expect(normalizeChars('‘I’m’ ‚x‛ ′ ‹y›')).toBe("'I'm' 'x' ' 'y'");
  });

  it('turns every dash and the minus sign into a hyphen', () => {
    expect(normalizeChars('a‐b‑c‒d–e—f―g−h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('turns NBSP and other odd spaces into plain spaces', () => {
    expect(normalizeChars('a\u00a0b\u2009c\u202fd\u3000e')).toBe('a b c d e');
  });

  it('turns zero-width characters, BOM and soft hyphens into spaces (keeping offsets)', () => {
    expect(normalizeChars('a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg')).toBe('a b c d e f g');
  });

  it('keeps the length of the text so offsets still point into the original', () => {
    const text = '“I’m not worried,” Rutte said —\u00a0twice\u200b.';
    const out = normalizeChars(text);
    expect(out).toHaveLength(text.length);
    expect(out.indexOf('Rutte')).toBe(text.indexOf('Rutte'));
  });

  it('leaves plain ASCII text alone', () => {
    const text = `He said "yes" - and it's done.`;
    expect(normalizeChars(text)).toBe(text);
  });
});

describe('collapseSpaces', () => {
  it('collapses runs of white space to one space and trims', () => {
    expect(collapseSpaces('  a \n\t b  ')).toBe('a b');
  });

  it('gives an empty string for white space only', () => {
    expect(collapseSpaces(' \n\t ')).toBe('');
  });
});
