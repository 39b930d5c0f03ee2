import { describe, expect, it } from 'vitest';
import { isMessage, request, type Message } from '../../lib/messages';

describe('isMessage', () => {
  it('accepts each kind in its shape', () => {
    expect(isMessage({ type: 'coverage', score: 0.62, detected: true })).toBe(true);
    expect(isMessage({ type: 'coverage', score: 0, detected: false })).toBe(true);
    expect(isMessage({ type: 'getTabState', tabId: 7 })).toBe(true);
    expect(isMessage({ type: 'listSources' })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'coverage'],
    ['an array', ['coverage']],
    ['no type', { score: 1, detected: true }],
    ['an unknown kind', { type: 'launchMissiles' }],
    ['an inherited name as kind', { type: 'toString' }],
    ['a score above 1', { type: 'coverage', score: 1.5, detected: true }],
    ['a NaN score', { type: 'coverage', score: NaN, detected: false }],
    ['a score as text', { type: 'coverage', score: '0.5', detected: true }],
    ['detected as text', { type: 'coverage', score: 0.5, detected: 'yes' }],
    ['no tab id', { type: 'getTabState' }],
    ['a negative tab id', { type: 'getTabState', tabId: -1 }],
    ['a fractional tab id', { type: 'getTabState', tabId: 1.5 }],
  ])('rejects %s', (_, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('request', () => {
  it('passes the message through and returns the reply', async () => {
    const sent: Message[] = [];
    const reply = await request(async (m) => {
      sent.push(m);
      return { score: 0.5, detected: true };
    }, { type: 'getTabState', tabId: 3 });
    expect(sent).toEqual([{ type: 'getTabState', tabId: 3 }]);
    expect(reply).toEqual({ score: 0.5, detected: true });
  });
});
