import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, MAX_LOOKUP_CHARS, MAX_QUERY_CHARS } from '../../lib/limits';
import { isMessage, isTabMessage, request, type Message } from '../../lib/messages';

const blocks = ['“NATO will be in safe hands,” Jens Stoltenberg said.', 'The alliance has 32 member countries.'];

const matchClaims = (fields: Record<string, unknown> = {}) => ({ type: 'matchClaims', story: 'nato-handover-2024', blocks, ...fields });
const long = (n: number) => 'x'.repeat(n);

describe('isMessage', () => {
  it.each([
    ['coverage', { type: 'coverage', score: 0.62, detected: true, story: 'nato-handover-2024' }],
    ['coverage at the edges', { type: 'coverage', score: 0, detected: false, story: null }],
    ['coverage of 1', { type: 'coverage', score: 1, detected: true, story: 'rate-cut' }],
    ['pageChecked', { type: 'pageChecked', score: 0.4, detected: false, story: null }],
    ['getTabState', { type: 'getTabState', tabId: 7 }],
    ['getTabState for tab 0', { type: 'getTabState', tabId: 0 }],
    ['listSources of a story', { type: 'listSources', story: 'rate-cut' }],
    ['listSources of every story', { type: 'listSources', story: null }],
    ['matchClaims', matchClaims()],
    ['matchClaims with no blocks', matchClaims({ blocks: [] })],
    ['matchClaims at the article limit', { type: 'matchClaims', story: 'rate-cut', blocks: [long(MAX_ARTICLE_CHARS - 10), long(10)] }],
    ['lookup', { type: 'lookup', text: 'safe hands', exclude: null, story: null }],
    ['lookup excluding the page’s own source', { type: 'lookup', text: 'safe hands', exclude: '004_8c69868f6fc53621', story: null }],
    ['lookup at the limit', { type: 'lookup', text: long(MAX_LOOKUP_CHARS), exclude: null, story: null }],
    ['search', { type: 'search', query: 'safe hands', story: 'nato-handover-2024' }],
    ['search at the limit', { type: 'search', query: long(MAX_QUERY_CHARS), story: null }],
    ['an empty search', { type: 'search', query: '', story: null }],
    ['openSidebar', { type: 'openSidebar', tabId: 12 }],
    ['crossCheckSelection', { type: 'crossCheckSelection', tabId: 12 }],
    ['sidebarReady', { type: 'sidebarReady' }],
    ['openSource', { type: 'openSource', source: 'a', passage: 'NATO will be in safe hands.' }],
    ['openSource at the limits', { type: 'openSource', source: long(200), passage: long(5000) }],
  ])('accepts %s', (_, value) => {
    expect(isMessage(value)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'coverage'],
    ['an array', ['coverage']],
    ['no type', { score: 1, detected: true }],
    ['a type that is not text', { type: 7 }],
    ['an unknown kind', { type: 'launchMissiles' }],
    ['an inherited name as kind', { type: 'toString' }],
    ['__proto__ as kind', { type: '__proto__' }],
    ['a tab message', { type: 'sidebar:ping' }],
    // coverage and pageChecked
    ['a score above 1', { type: 'coverage', score: 1.5, detected: true }],
    ['a negative score', { type: 'coverage', score: -0.1, detected: true }],
    ['a NaN score', { type: 'coverage', score: NaN, detected: false }],
    ['a score as text', { type: 'coverage', score: '0.5', detected: true }],
    ['detected as text', { type: 'coverage', score: 0.5, detected: 'yes' }],
    ['coverage without detected', { type: 'coverage', score: 0.5, story: null }],
    ['coverage detected without a story', { type: 'coverage', score: 0.5, detected: true, story: null }],
    ['coverage of a story but not detected', { type: 'coverage', score: 0.5, detected: false, story: 'rate-cut' }],
    ['coverage without a story', { type: 'coverage', score: 0.5, detected: false }],
    ['matchClaims without a story', { type: 'matchClaims', blocks: ['x'] }],
    ['listSources without a story', { type: 'listSources' }],
    ['pageChecked with a NaN score', { type: 'pageChecked', score: NaN, detected: true }],
    ['pageChecked with a score above 1', { type: 'pageChecked', score: 2, detected: true }],
    ['pageChecked with detected as a number', { type: 'pageChecked', score: 0.5, detected: 1 }],
    ['pageChecked without a score', { type: 'pageChecked', detected: true }],
    // tab ids
    ['no tab id', { type: 'getTabState' }],
    ['a negative tab id', { type: 'getTabState', tabId: -1 }],
    ['a fractional tab id', { type: 'getTabState', tabId: 1.5 }],
    ['a NaN tab id', { type: 'getTabState', tabId: NaN }],
    ['a tab id as text', { type: 'getTabState', tabId: '7' }],
    ['openSidebar with a negative tab id', { type: 'openSidebar', tabId: -3 }],
    ['openSidebar with a NaN tab id', { type: 'openSidebar', tabId: NaN }],
    ['openSidebar with no tab id', { type: 'openSidebar' }],
    ['openSidebar with an unsafe tab id', { type: 'openSidebar', tabId: 2 ** 53 }],
    ['crossCheckSelection with a negative tab id', { type: 'crossCheckSelection', tabId: -1 }],
    ['crossCheckSelection with a NaN tab id', { type: 'crossCheckSelection', tabId: NaN }],
    ['crossCheckSelection with a tab id as text', { type: 'crossCheckSelection', tabId: '12' }],
    ['crossCheckSelection with an infinite tab id', { type: 'crossCheckSelection', tabId: Infinity }],
    // lookup
    ['lookup over the limit', { type: 'lookup', text: long(MAX_LOOKUP_CHARS + 1), exclude: null, story: null }],
    ['lookup of a number', { type: 'lookup', text: 42, exclude: null, story: null }],
    ['lookup without exclude', { type: 'lookup', text: 'safe hands' }],
    ['lookup with exclude as a number', { type: 'lookup', text: 'safe hands', exclude: 3, story: null }],
    ['lookup with too long an exclude', { type: 'lookup', text: 'safe hands', exclude: long(201), story: null }],
    // search
    ['search over the limit', { type: 'search', query: long(MAX_QUERY_CHARS + 1), story: null }],
    ['search without a story', { type: 'search', query: 'safe hands' }],
    ['search in a story with a bad id', { type: 'search', query: 'safe hands', story: '../x' }],
    ['search without a query', { type: 'search' }],
    ['search for a list', { type: 'search', query: ['safe', 'hands'] }],
    // openSource
    ['openSource with no passage', { type: 'openSource', source: 'a' }],
    ['openSource with a numeric source', { type: 'openSource', source: 1, passage: '' }],
    ['openSource with too long a source id', { type: 'openSource', source: long(201), passage: '' }],
    ['openSource with too long a passage', { type: 'openSource', source: 'a', passage: long(5001) }],
    // matchClaims
    ['matchClaims without blocks', { type: 'matchClaims', story: 'rate-cut' }],
    ['matchClaims with blocks as text', matchClaims({ blocks: blocks.join('\n') })],
    ['matchClaims with a block that is not text', matchClaims({ blocks: [...blocks, 3] })],
    ['matchClaims with an article over the limit', { type: 'matchClaims', story: 'rate-cut', blocks: [long(MAX_ARTICLE_CHARS - 10), long(11)] }],
    ['matchClaims with too many blocks', { type: 'matchClaims', story: 'rate-cut', blocks: Array<string>(100_001).fill('') }],
  ])('rejects %s', (_, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('isTabMessage', () => {
  it.each([
    ['ping', { type: 'sidebar:ping' }],
    ['open', { type: 'sidebar:open' }],
    ['a look-up', { type: 'sidebar:lookup', lookup: { text: 'safe hands', cut: false } }],
    ['a cut look-up at the limit', { type: 'sidebar:lookup', lookup: { text: long(MAX_LOOKUP_CHARS), cut: true } }],
    ['an empty look-up', { type: 'sidebar:lookup', lookup: { text: '', cut: false } }],
  ])('accepts %s', (_, value) => {
    expect(isTabMessage(value)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'sidebar:ping'],
    ['an unknown type', { type: 'sidebar:close' }],
    ['a runtime message', { type: 'listSources' }],
    ['a look-up over the limit', { type: 'sidebar:lookup', lookup: { text: long(MAX_LOOKUP_CHARS + 1), cut: true } }],
    ['a look-up with cut as text', { type: 'sidebar:lookup', lookup: { text: 'safe hands', cut: 'true' } }],
    ['a look-up with no cut', { type: 'sidebar:lookup', lookup: { text: 'safe hands' } }],
    ['a look-up of a number', { type: 'sidebar:lookup', lookup: { text: 42, cut: false } }],
    ['a look-up with its text outside', { type: 'sidebar:lookup', text: 'safe hands', cut: false }],
    ['a look-up of null', { type: 'sidebar:lookup', lookup: null }],
    ['a look-up as text', { type: 'sidebar:lookup', lookup: 'safe hands' }],
  ])('rejects %s', (_, value) => {
    expect(isTabMessage(value)).toBe(false);
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

describe('isMessage: arrays with holes and negative blocks', () => {
  const q = { kind: 'quote', text: 'x', speaker: null, block: 0, ranges: [[0, 1]] };
  it('refuses them instead of throwing', () => {
    expect(isMessage({ type: 'matchClaims', blocks: ['abc'], claims: [{ ...q, block: -1 }] })).toBe(false);
    expect(isMessage({ type: 'matchClaims', blocks: [, 'abc'], claims: [q] })).toBe(false);
    expect(isMessage({ type: 'matchClaims', blocks: ['abc'], claims: [,] })).toBe(false);
  });
});
