import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, MAX_CLAIM_CHARS, MAX_CLAIMS, MAX_LOOKUP_CHARS, MAX_QUERY_CHARS } from '../../lib/limits';
import { isClaim, isMessage, isTabMessage, request, type Message } from '../../lib/messages';

// Block 0 is the longer.
const blocks = ['“NATO will be in safe hands,” Jens Stoltenberg said.', 'The alliance has 32 member countries.'];

const quote = {
  kind: 'quote',
  text: 'NATO will be in safe hands',
  speaker: 'Jens Stoltenberg',
  block: 0,
  ranges: [[1, 27]],
};

const figure = {
  kind: 'figure',
  text: '32 member countries',
  value: 32,
  unit: 'count',
  qualifier: null,
  noun: ['member', 'countries'],
  context: ['alliance'],
  subject: null,
  person: null,
  quoted: false,
  block: 1,
  ranges: [[17, 36]],
};

const date = { ...figure, text: '4 March', value: 4, unit: 'date', noun: [], month: 3, ranges: [[0, 7]] };

const matchClaims = (fields: Record<string, unknown> = {}) => ({ type: 'matchClaims', story: 'nato-handover-2024', blocks, claims: [quote, figure], ...fields });
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
    ['matchClaims with no claims', matchClaims({ blocks: [], claims: [] })],
    ['matchClaims with a range to the end of its block', matchClaims({ claims: [{ ...quote, ranges: [[0, blocks[0].length]] }] })],
    ['matchClaims with an interrupted quote', matchClaims({ claims: [{ ...quote, ranges: [[1, 10], [20, 27]] }] })],
    ['matchClaims with a dated figure', matchClaims({ claims: [date] })],
    ['matchClaims at the article limit', { type: 'matchClaims', story: 'rate-cut', blocks: [long(MAX_ARTICLE_CHARS - 10), long(10)], claims: [] }],
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

  it('accepts exactly MAX_CLAIMS claims and no more', () => {
    const claims = Array.from({ length: MAX_CLAIMS }, () => quote);
    expect(isMessage(matchClaims({ claims }))).toBe(true);
    expect(isMessage(matchClaims({ claims: [...claims, quote] }))).toBe(false);
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
    ['matchClaims without a story', { type: 'matchClaims', blocks: ['x'], claims: [] }],
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
    ['matchClaims without blocks', { type: 'matchClaims', claims: [] }],
    ['matchClaims without claims', { type: 'matchClaims', blocks }],
    ['matchClaims with blocks as text', matchClaims({ blocks: blocks.join('\n'), claims: [] })],
    ['matchClaims with a block that is not text', matchClaims({ blocks: [...blocks, 3] })],
    ['matchClaims with claims not in a list', matchClaims({ claims: quote })],
    ['matchClaims with an article over the limit', { type: 'matchClaims', blocks: [long(MAX_ARTICLE_CHARS - 10), long(11)], claims: [] }],
    ['matchClaims with too many blocks', { type: 'matchClaims', blocks: Array<string>(100_001).fill(''), claims: [] }],
    ['matchClaims with a claim in no block', matchClaims({ claims: [{ ...quote, block: 2 }] })],
    ['matchClaims with a claim far past the blocks', matchClaims({ claims: [{ ...quote, block: 1000 }] })],
    ['matchClaims with a fractional block', matchClaims({ claims: [{ ...quote, block: 0.5 }] })],
    ['matchClaims with a range past its block', matchClaims({ claims: [{ ...quote, ranges: [[0, blocks[0].length + 1]] }] })],
    // Block 0 is longer than block 1: the range is checked against its own block, not the longest.
    ['matchClaims with a range past its block but within another', matchClaims({ claims: [{ ...quote, block: 1, ranges: [[0, blocks[1].length + 1]] }] })],
    ['matchClaims with an empty range', matchClaims({ claims: [{ ...quote, ranges: [[5, 5]] }] })],
    ['matchClaims with a backward range', matchClaims({ claims: [{ ...quote, ranges: [[10, 4]] }] })],
    ['matchClaims with a second range backward', matchClaims({ claims: [{ ...quote, ranges: [[1, 10], [12, 11]] }] })],
    ['matchClaims with a claim that is not one', matchClaims({ claims: [quote, { kind: 'opinion', text: 'x', block: 0, ranges: [[0, 1]] }] })],
    ['matchClaims with a null claim', matchClaims({ claims: [null] })],
  ])('rejects %s', (_, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('isClaim', () => {
  it('accepts a quote and a figure as extractClaims makes them', () => {
    expect(isClaim(quote)).toBe(true);
    expect(isClaim({ ...quote, speaker: null })).toBe(true);
    expect(isClaim(figure)).toBe(true);
    expect(isClaim(date)).toBe(true);
    expect(isClaim({ ...date, month: 12 })).toBe(true);
    expect(isClaim({ ...date, month: 1 })).toBe(true);
    expect(isClaim({ ...figure, unit: 'percent', qualifier: 'nearly', compound: true, quoted: true })).toBe(true);
    expect(isClaim({ ...figure, unit: 'years', subject: 'war', person: 'Rutte' })).toBe(true);
    expect(isClaim({ ...figure, unit: 'score', value: 60403060705, noun: ['6-4', '3-6', '7-5'] })).toBe(true);
    expect(isClaim({ ...quote, text: long(MAX_CLAIM_CHARS) })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'NATO will be in safe hands'],
    ['a quote with no speaker field', { ...quote, speaker: undefined }],
    ['a quote with a numeric speaker', { ...quote, speaker: 7 }],
    ['a quote with too long a speaker', { ...quote, speaker: long(201) }],
    ['a quote over the claim limit', { ...quote, text: long(MAX_CLAIM_CHARS + 1) }],
    ['a quote with no text', { ...quote, text: undefined }],
    ['a figure with a unit no claim has', { ...figure, unit: 'scores' }],
    ['a quote with its block as text', { ...quote, block: '0' }],
    ['a quote with a NaN block', { ...quote, block: NaN }],
    ['a quote with no ranges', { ...quote, ranges: [] }],
    ['a quote with nine ranges', { ...quote, ranges: Array.from({ length: 9 }, (_, i) => [i * 2, i * 2 + 1]) }],
    ['a quote with a negative range', { ...quote, ranges: [[-1, 4]] }],
    ['a quote with a fractional range', { ...quote, ranges: [[0.5, 4]] }],
    ['a quote with a range of three numbers', { ...quote, ranges: [[0, 4, 8]] }],
    ['a quote with a range as text', { ...quote, ranges: [['0', '4']] }],
    ['an unknown kind', { ...quote, kind: 'rumour' }],
    ['a figure in month 13', { ...date, month: 13 }],
    ['a figure in month 0', { ...date, month: 0 }],
    ['a figure in a fractional month', { ...date, month: 3.5 }],
    ['a figure with an unknown unit', { ...figure, unit: 'furlongs' }],
    ['a figure with no unit', { ...figure, unit: undefined }],
    ['a figure with a NaN value', { ...figure, value: NaN }],
    ['a figure with an infinite value', { ...figure, value: Infinity }],
    ['a figure with its value as text', { ...figure, value: '32' }],
    ['a figure with a numeric noun', { ...figure, noun: [32] }],
    ['a figure with nine noun words', { ...figure, noun: Array<string>(9).fill('member') }],
    ['a figure with 65 context words', { ...figure, context: Array<string>(65).fill('alliance') }],
    ['a figure with too long a qualifier', { ...figure, qualifier: long(41) }],
    ['a figure with too long a subject', { ...figure, subject: long(41) }],
    ['a figure with too long a person', { ...figure, person: long(81) }],
    ['a figure with quoted as text', { ...figure, quoted: 'false' }],
    ['a figure with no quoted', { ...figure, quoted: undefined }],
    ['a figure with compound as a number', { ...figure, compound: 1 }],
  ])('rejects %s', (_, value) => {
    expect(isClaim(value)).toBe(false);
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
