// The popup's components render props only, so they are tested here without a browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import type { SourceSummary } from '../../lib/stories';
import type { TabReport } from '../../lib/background/tab-reports';
import type { SearchResult } from '../../lib/search';
import { fire, freshDocument, isChecked, show as render, type } from './support/dom';

let root: HTMLElement;

beforeEach(() => {
  root = freshDocument();
});

const base: PopupProps = {
  tab: { status: 'loading' },
  site: null,
  sources: { status: 'loading' },
  query: '',
  search: { status: 'idle' },
  onQuery: () => {},
  onOpenResult: () => {},
  onOpenSidebar: () => {},
  onCrossCheck: () => {},
  onSiteOff: () => {},
  onOptions: () => {},
};

function show(props: Partial<PopupProps>) {
  return render(root, <Popup {...base} {...props} />);
}

const sources: SourceSummary[] = [
  { id: 'a', title: 'Rutte takes reins at NATO', label: 'Rutte takes reins at NATO', outlet: 'Bloomberg', date: '', sentences: 22 },
  { id: 'b', title: '', label: 'Mark Rutte, the former Prime Minister…', outlet: '', date: '2024-10-01', sentences: 1 },
];

const result = (text: string, fields: Partial<SearchResult> = {}): SearchResult => ({
  kind: 'sentence',
  source: '004_8c69868f6fc53621',
  text,
  start: 0,
  end: text.length,
  speaker: null,
  label: 'New NATO Chief Rutte Says',
  outlet: '',
  name: 'Not Concerned',
  marks: [],
  score: 0.9,
  sources: [{ source: fields.source ?? '004_8c69868f6fc53621', label: fields.label ?? 'New NATO Chief Rutte Says', outlet: fields.outlet ?? '', name: fields.outlet || 'Not Concerned' }],
  ...fields,
});

const results: SearchResult[] = [
  result('“NATO will be in safe hands.”', { kind: 'quote', speaker: 'Jens Stoltenberg', marks: [[17, 21], [22, 27]], start: 10 }),
  result('The alliance was in “safe hands” with Rutte.', { marks: [[21, 25], [26, 31]], outlet: 'Bloomberg', start: 20 }),
  result('Safe hands, he said.', { start: 30 }),
];

describe('Popup', () => {
  it('shows loading until answers come', () => {
    const el = show({});
    expect(el.textContent).toContain('Checking this tab');
    expect(el.textContent).toContain('Loading sources');
  });

  it('lists each source with what it states about itself, linked to the sources page', () => {
    const el = show({ tab: { status: 'ready', value: null }, sources: { status: 'ready', value: { story: null, sources, names: [] } } });
    const items = [...el.querySelectorAll('.sources li')];
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.title')?.textContent).toBe('Rutte takes reins at NATO');
    expect(items[0].querySelector('a.title')?.getAttribute('href')).toBe('sources.html?source=a');
    expect(items[0].querySelector('.meta')?.textContent).toBe('Bloomberg · 22 sentences');
    expect(items[1].querySelector('.title.untitled')?.textContent).toBe('Mark Rutte, the former Prime Minister…');
    expect(items[1].querySelector('.meta')?.textContent).toBe('2024-10-01 · 1 sentence');
    expect(el.querySelector('h2')?.textContent).toBe('Sources of every story (2)');
    const story = { id: 'handover', title: 'NATO leadership handover', summary: 'Rutte takes over.' };
    expect(show({ sources: { status: 'ready', value: { story, sources, names: [] } } }).querySelector('h2')?.textContent).toBe('Sources of “NATO leadership handover” (2)');
  });

  it('says so when the corpus is empty or unreachable', () => {
    expect(show({ sources: { status: 'ready', value: { story: null, sources: [], names: [] } } }).textContent).toContain('The corpus has no sources yet.');
    expect(show({ tab: { status: 'failed' }, sources: { status: 'failed' } }).textContent).toContain(
      'Could not load the sources.',
    );
  });

  it("states this tab's coverage, and its counts once the claims are checked", () => {
    const at = (value: TabReport | null) => show({ tab: { status: 'ready', value } }).querySelector('.tab-status');
    expect(at({ score: 0.712, detected: true, story: 'handover', counts: null })?.textContent).toBe(
      "This page covers a story in Triangulate's sources (score 0.71).",
    );
    const story = { id: 'handover', title: 'NATO leadership handover', summary: '' };
    expect(
      show({ tab: { status: 'ready', value: { score: 0.712, detected: true, story: 'handover', counts: null } }, sources: { status: 'ready', value: { story, sources: [], names: [] } } })
        .querySelector('.tab-status')?.textContent,
    ).toBe('This page covers “NATO leadership handover” (score 0.71).');
    expect(at({ score: 0.712, detected: true, story: 'handover', counts: null })?.className).toContain('coverage');
    expect(at({ score: 0.9, detected: true, story: 'handover', counts: { corroborated: 11, varying: 4, unique: 3 } })?.textContent).toBe(
      '18 claims: 11 corroborated, 4 varying, 3 unique',
    );
    expect(at({ score: 0.9, detected: true, story: 'handover', counts: { corroborated: 1, varying: 0, unique: 0 } })?.textContent).toBe(
      '1 claim: 1 corroborated, 0 varying, 0 unique',
    );
    expect(at({ score: 0.05, detected: false, story: null, counts: null })?.textContent).toContain('does not look like coverage');
    expect(at(null)?.textContent).toContain('has not read this page');
  });

  it('offers the sidebar on coverage tabs only, and not on a site switched off', () => {
    const onOpenSidebar = vi.fn();
    const coverage = { status: 'ready', value: { score: 0.9, detected: true, story: 'handover', counts: null } } as const;
    const button = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open sidebar');
    show({ tab: coverage, onOpenSidebar });
    fire(button()!, 'click');
    expect(onOpenSidebar).toHaveBeenCalledOnce();
    show({ tab: { status: 'ready', value: { score: 0.1, detected: false, story: null, counts: null } } });
    expect(button()).toBeUndefined();
    show({ tab: coverage, site: { host: 'example.com', off: true } });
    expect(button()).toBeUndefined();
  });

  it('switches Triangulate off and on for this site', () => {
    const onSiteOff = vi.fn();
    const el = show({ site: { host: 'example.com', off: false }, onSiteOff });
    const toggle = el.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(toggle.closest('label')?.textContent).toBe('Off on this site example.com');
    expect(isChecked(toggle)).toBe(false);
    toggle.checked = true;
    fire(toggle, 'change');
    expect(onSiteOff).toHaveBeenLastCalledWith(true);
    root = freshDocument(); // a new switch, not the one the test ticked
    expect(isChecked(show({ site: { host: 'example.com', off: true } }).querySelector('input[role="switch"]')!)).toBe(true);
    // Not a web page: nothing to switch.
    expect(show({ site: null }).querySelector('input[role="switch"]')).toBeNull();
  });

  it('renders page-supplied text as text, never as markup', () => {
    const hostile = { ...sources[0], label: '<img src=x onerror=alert(1)>' };
    const el = show({ sources: { status: 'ready', value: { story: null, sources: [hostile], names: [] } } });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Popup search', () => {
  it('has a labelled, autofocused search field that reports what is typed', () => {
    const onQuery = vi.fn();
    const el = show({ onQuery });
    const input = el.querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.hasAttribute('autofocus')).toBe(true);
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Search the sources');
    type(input, 'safe hands');
    expect(onQuery).toHaveBeenLastCalledWith('safe hands');
  });

  it('starts with a hint, and says plainly when nothing matches', () => {
    expect(show({}).querySelector('.search-status')?.textContent).toContain('Type a few words');
    const el = show({ query: 'zebra crossing', search: { status: 'ready', query: 'zebra crossing', results: [] } });
    expect(el.querySelector('.search-status')?.textContent).toBe('No passage in the sources matches “zebra crossing”.');
    expect(el.querySelectorAll('[data-result]')).toHaveLength(0);
    expect(show({ search: { status: 'failed' } }).querySelector('.search-status.error')).not.toBeNull();
  });

  it('shows each passage with the matched words marked, its source and its speaker', () => {
    const el = show({ query: 'safe hands', search: { status: 'ready', query: 'safe hands', results } });
    const items = [...el.querySelectorAll('[data-result]')];
    expect(items).toHaveLength(3);
    expect(items[0].querySelector('.passage')?.textContent).toBe('“NATO will be in safe hands.”');
    expect([...items[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['safe', 'hands']);
    expect(items[0].querySelector('.speaker')?.textContent).toBe(' · Jens Stoltenberg');
    expect(items[0].querySelector('.where')?.textContent).toBe(' · in Not Concerned');
    expect(items[0].getAttribute('data-source')).toBe('004_8c69868f6fc53621');
    expect(items[1].querySelector('.where')?.textContent).toBe(' · in Bloomberg');
    expect(items[2].querySelector('mark')).toBeNull();
    expect(el.querySelector('.search-status')?.textContent).toContain('3 passages');
  });

  it('labels each passage by what it is, and names every source of a passage held by several', () => {
    const where = (source: string, outlet: string) => ({ source, label: `About ${source}`, outlet, name: outlet });
    const held = result('Rutte, 57, took office.', { kind: 'figure', sources: [where('a', 'AP'), where('b', 'Reuters'), where('c', 'AFP')], source: 'a' });
    const el = show({ query: 'Rutte', search: { status: 'ready', query: 'Rutte', results: [held, ...results] } });
    const items = [...el.querySelectorAll('[data-result]')];
    expect(items.map((i) => i.querySelector('.kind')?.textContent)).toEqual(['Figure', 'Quote', 'Sentence', 'Sentence']);
    expect(items[0].querySelector('.where')?.textContent).toBe(' · in AP · Reuters · 1 more');
    expect(items[0].getAttribute('data-sources')).toBe('3');
  });

  it('hides the list of sources while the reader searches', () => {
    const ready: PopupProps['sources'] = { status: 'ready', value: { story: null, sources, names: [] } };
    expect(show({ sources: ready }).querySelector('.sources')).not.toBeNull();
    expect(show({ sources: ready, query: 'safe', search: { status: 'ready', query: 'safe', results } }).querySelector('.sources')).toBeNull();
  });

  it('shows passage text as text, and drops marks outside it', () => {
    const text = 'He said <img src=x onerror=alert(1)> twice';
    const el = show({ search: { status: 'ready', query: 'img', results: [result(text, { marks: [[9, 12], [40, 99], [5, 3]] })] } });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-result] .passage')?.textContent).toBe(text);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['img']);
  });

  it('moves through the results with the arrow keys and opens one with Enter', () => {
    const onOpenResult = vi.fn();
    const el = show({ query: 'safe hands', search: { status: 'ready', query: 'safe hands', results }, onOpenResult });
    const input = el.querySelector('input[type="search"]')!;
    const selected = () => [...el.querySelectorAll('[data-result]')].findIndex((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    expect(input.getAttribute('aria-activedescendant')).toBe('result-0');
    const down = fire(input, 'keydown', { key: 'ArrowDown' });
    expect(down.defaultPrevented).toBe(true);
    fire(input, 'keydown', { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fire(input, 'keydown', { key: 'ArrowDown' });
    expect(selected()).toBe(2); // stays on the last
    fire(input, 'keydown', { key: 'ArrowUp' });
    expect(selected()).toBe(1);
    expect(input.getAttribute('aria-activedescendant')).toBe('result-1');
    fire(input, 'keydown', { key: 'Enter' });
    expect(onOpenResult).toHaveBeenCalledWith(results[1]);
    // A click opens the passage clicked.
    fire(el.querySelectorAll('[data-result]')[2], 'click');
    expect(onOpenResult).toHaveBeenLastCalledWith(results[2]);
  });

  it('starts a new list of results at its first passage', () => {
    const el = show({ search: { status: 'ready', query: 'safe', results } });
    fire(el.querySelector('input[type="search"]')!, 'keydown', { key: 'ArrowDown' });
    show({ search: { status: 'ready', query: 'safe hands', results: results.slice(1) } });
    expect(el.querySelector('[aria-selected="true"]')?.textContent).toContain('The alliance was in');
  });

  it('leaves Enter alone when there is nothing to open', () => {
    const onOpenResult = vi.fn();
    const el = show({ search: { status: 'ready', query: 'zebra', results: [] }, onOpenResult });
    const enter = fire(el.querySelector('input[type="search"]')!, 'keydown', { key: 'Enter' });
    expect(onOpenResult).not.toHaveBeenCalled();
    expect(enter.defaultPrevented).toBe(false);
  });
});

describe('Popup: cross-check selection', () => {
  it('offers the look-up on a web page and not elsewhere', () => {
    let asked = 0;
    const el = show({ site: { host: 'example.com', off: false }, onCrossCheck: () => asked++ });
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Cross-check selection');
    expect(button).toBeDefined();
    fire(button!, 'click');
    expect(asked).toBe(1);
    const none = show({ site: null });
    expect(Array.from(none.querySelectorAll('button')).some((b) => b.textContent === 'Cross-check selection')).toBe(false);
  });
});
