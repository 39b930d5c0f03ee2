// @vitest-environment happy-dom
// happy-dom, not linkedom: the sidebar moves focus as it collapses and opens, and the kind filter
// is a <select> whose value the test sets; happy-dom has document.activeElement and real selects.
// The sidebar's components render props only, so they are tested here without a browser.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimCardView, EvidenceView } from '../../lib/cards';
import { ClaimCard } from '../../components/sidebar/ClaimCard';
import { DiffView } from '../../components/sidebar/DiffView';
import { EvidenceList } from '../../components/sidebar/EvidenceList';
import { SelectionButton } from '../../components/sidebar/SelectionButton';
import { Sidebar, type LookupView, type SidebarProps } from '../../components/sidebar/Sidebar';
import { trusted } from '../../components/sidebar/trusted';
import { VerdictBadge } from '../../components/sidebar/VerdictBadge';

const HOSTILE = '<img src=x onerror=alert(1)>';

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

function mount(node: ComponentChild): HTMLElement {
  act(() => render(node, root));
  return root;
}

/** Fires an event on an element. Neither happy-dom nor a page script can make isTrusted true;
 * a test stands in for the reader by setting it on the event object. */
function fire(target: Element, type: string, fields: Record<string, unknown> = {}): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, fields);
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}
/** A click by the reader. */
const click = (target: Element) => fire(target, 'click', { isTrusted: true });
/** A click made by a script: what a page could do into an open shadow root. */
const syntheticClick = (target: Element) => act(() => (target as HTMLElement).click());

const evidence = (fields: Partial<EvidenceView> = {}): EvidenceView => ({
  source: 'a',
  label: 'Rutte takes reins at NATO',
  outlet: 'Bloomberg',
  chip: 'Bloomberg',
  match: 'exact',
  how: 'same words',
  passage: 'NATO will be in safe hands.',
  matched: 'safe hands',
  score: 0.93,
  diff: [],
  speaker: null,
  ...fields,
});

const corroborated: ClaimCardView = {
  id: 'claim-0',
  kind: 'quote',
  verdict: 'corroborated',
  text: 'NATO will be in safe hands',
  detail: 'Jens Stoltenberg',
  evidence: [evidence(), evidence({ source: 'b', label: 'Rutte starts', outlet: '', chip: 'Rutte starts', passage: 'Safe hands.', score: 0.5 })],
};

const varying: ClaimCardView = {
  id: 'claim-1',
  kind: 'figure',
  verdict: 'varying',
  text: '32 member countries',
  detail: '32 member countries',
  reason: 'value',
  reasonLabel: 'Other value: 31 members',
  evidence: [
    evidence({
      source: 'c',
      label: 'Alliance grows',
      outlet: 'Reuters',
      chip: 'Reuters',
      match: 'variant',
      how: 'other value',
      reason: 'value',
      passage: 'The alliance has 31 members',
      score: 0.6,
      diff: [
        { op: 'same', text: 'The alliance has' },
        { op: 'page', text: '32' },
        { op: 'source', text: '31' },
        { op: 'same', text: 'members' },
      ],
    }),
  ],
};

const unique: ClaimCardView = {
  id: 'claim-2',
  kind: 'quote',
  verdict: 'unique',
  text: 'I know both candidates very well',
  detail: 'Unattributed',
  evidence: [],
};

const cards = [corroborated, varying, unique];

const base: SidebarProps = {
  status: 'ready',
  lookupOnly: false,
  cards,
  lookups: [],
  selfLabel: null,
  story: { title: 'NATO leadership handover', sources: 5 },
  truncated: false,
  collapsed: false,
  placement: 'overlay',
  theme: 'system',
  notice: null,
  onSelect: () => {},
  onCollapse: () => {},
  onPlacement: () => {},
  onCopyReport: () => {},
  onDownloadReport: () => {},
  onDismissLookup: () => {},
  onOpenSource: () => {},
};

function show(props: Partial<SidebarProps> = {}): HTMLElement {
  return mount(<Sidebar {...base} {...props} />);
}

const card = (el: HTMLElement, id: string) => el.querySelector(`[data-claim="${id}"]`) as HTMLElement;
const claimIds = (el: HTMLElement) => [...el.querySelectorAll('[data-claim]')].map((c) => c.getAttribute('data-claim'));
const button = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
const filter = (el: HTMLElement, verdict: string) => el.querySelector(`.filters .filter-${verdict}`) as HTMLButtonElement;

describe('trusted', () => {
  it('runs the action only for events the reader made', () => {
    const action = vi.fn();
    const handler = trusted(action);
    handler({ isTrusted: false } as Event);
    expect(action).not.toHaveBeenCalled();
    handler({} as Event);
    expect(action).not.toHaveBeenCalled();
    handler({ isTrusted: true } as Event);
    expect(action).toHaveBeenCalledOnce();
  });
});

describe('Sidebar', () => {
  it('is a labelled complementary landmark', () => {
    const aside = show().querySelector('aside')!;
    expect(aside.getAttribute('role')).toBe('complementary');
    expect(aside.getAttribute('aria-label')).toBe('Triangulate: claims on this page');
    expect(aside.className).toBe('tg theme-system placement-overlay layout-overlay');
    expect(show({ theme: 'dark', placement: 'side' }).querySelector('aside')?.className).toBe('tg theme-dark placement-side layout-side');
    expect(show({ layout: 'sheet' }).querySelector('aside')?.className).toBe('tg theme-system placement-overlay layout-sheet');
  });

  it('names the story the page was checked against, and how many sources it has', () => {
    expect(show().querySelector('[data-story]')?.textContent).toBe('Checked against: NATO leadership handover · 5 sources');
    expect(show({ story: { title: 'One-source story', sources: 1 } }).querySelector('[data-story]')?.textContent).toBe('Checked against: One-source story · 1 source');
    expect(show({ story: { title: 'Found', sources: 7, outlets: 5 } }).querySelector('[data-story]')?.textContent).toBe('Checked against: Found · 7 articles from 5 outlets');
    expect(show({ story: null }).querySelector('[data-story]')).toBeNull();
    expect(show({ lookupOnly: true }).querySelector('[data-story]')).toBeNull();
  });

  it('marks each claim card with its id, kind and verdict', () => {
    const el = show();
    expect(claimIds(el)).toEqual(['claim-0', 'claim-1', 'claim-2']);
    expect(card(el, 'claim-0').getAttribute('data-kind')).toBe('quote');
    expect(card(el, 'claim-0').getAttribute('data-verdict')).toBe('corroborated');
    expect(card(el, 'claim-1').getAttribute('data-kind')).toBe('figure');
    expect(card(el, 'claim-1').getAttribute('data-verdict')).toBe('varying');
    expect(card(el, 'claim-2').getAttribute('data-verdict')).toBe('unique');
    expect(card(el, 'claim-0').hasAttribute('data-lookup')).toBe(false);
    // A quote stands in quote marks, a figure as written; the badge names the verdict in words.
    expect(card(el, 'claim-0').querySelector('.claim-text')?.textContent).toBe('“NATO will be in safe hands”');
    expect(card(el, 'claim-1').querySelector('.claim-text')?.textContent).toBe('32 member countries');
    expect(card(el, 'claim-0').querySelector('.verdict')?.textContent).toBe('✓ Corroborated');
    expect(card(el, 'claim-0').querySelector('.verdict [aria-hidden="true"]')?.textContent).toBe('✓ ');
    expect(card(el, 'claim-0').querySelector('.kind')?.textContent).toBe('Quote');
    expect(card(el, 'claim-1').querySelector('.kind')?.textContent).toBe('Figure');
    expect(card(el, 'claim-2').querySelector('.detail')?.textContent).toBe('Unattributed');
  });

  it('counts the claims by verdict, with one bar segment per verdict present', () => {
    const el = show();
    expect(el.querySelector('.summary')?.textContent).toBe('3 claims: 1 corroborated, 1 varying, 1 unique');
    expect([...el.querySelectorAll('.bar > span')].map((s) => s.className)).toEqual(['bar-corroborated', 'bar-varying', 'bar-unique']);

    const two = { ...corroborated, id: 'claim-3' };
    show({ cards: [corroborated, two, unique] });
    expect(el.querySelector('.summary')?.textContent).toBe('3 claims: 2 corroborated, 0 varying, 1 unique');
    const segments = [...el.querySelectorAll('.bar > span')] as HTMLElement[];
    expect(segments.map((s) => s.className)).toEqual(['bar-corroborated', 'bar-unique']);
    expect(segments.map((s) => s.style.flexGrow)).toEqual(['2', '1']);

    expect(show({ cards: [varying] }).querySelector('.summary')?.textContent).toBe('1 claim: 0 corroborated, 1 varying, 0 unique');
    expect(el.querySelectorAll('.bar > span')).toHaveLength(1);
  });

  it('says what it is doing before the claims are checked, and when it failed', () => {
    let el = show({ status: 'checking', cards: [] });
    expect(el.querySelector('.summary')?.textContent).toBe('Checking the claims on this page…');
    expect(el.querySelector('.bar')).toBeNull();
    expect(el.querySelector('.filters')).toBeNull();
    el = show({ status: 'failed', cards: [] });
    expect(el.querySelector('.summary')?.textContent).toBe('Triangulate could not check this page.');
    expect(el.querySelector('.foot')).toBeNull();
  });

  it('says when the article has no claims, with nothing to copy', () => {
    const el = show({ cards: [] });
    expect(el.querySelector('.summary')?.textContent).toBe('0 claims: 0 corroborated, 0 varying, 0 unique');
    expect(el.querySelector('.bar')).toBeNull();
    expect(el.querySelector('.empty')?.textContent).toBe('No quotes or figures found in this article.');
    expect(button(el, 'Copy report').disabled).toBe(true);
    expect(button(el, 'Download .md').disabled).toBe(true);
    expect(button(show(), 'Copy report').disabled).toBe(false);
  });

  it('filters the cards by verdict with pressed buttons', () => {
    const el = show();
    const pressed = () => [...el.querySelectorAll('.filters .filter')].map((b) => b.getAttribute('aria-pressed'));
    expect([...el.querySelectorAll('.filters .filter')].map((b) => b.textContent)).toEqual([
      'All',
      '✓ Corroborated 1',
      '≈ Varying 1',
      '○ Unique 1',
      'Conflicts 1',
    ]);
    expect(pressed()).toEqual(['true', 'false', 'false', 'false', 'false']);
    fire(filter(el, 'varying'), 'click');
    expect(claimIds(el)).toEqual(['claim-1']);
    expect(pressed()).toEqual(['false', 'false', 'true', 'false', 'false']);
    fire(filter(el, 'unique'), 'click');
    expect(claimIds(el)).toEqual(['claim-2']);
    fire(filter(el, 'conflict'), 'click');
    expect(claimIds(el)).toEqual(['claim-1']);
    fire(filter(el, 'all'), 'click');
    expect(claimIds(el)).toEqual(['claim-0', 'claim-1', 'claim-2']);
    expect(pressed()).toEqual(['true', 'false', 'false', 'false', 'false']);
    // Chips with no claims are hidden.
    show({ cards: [corroborated] });
    expect([...el.querySelectorAll('.filters .filter')].map((b) => b.textContent)).toEqual(['All', '✓ Corroborated 1']);
  });

  it('filters the cards by kind, and says so when no card is left', () => {
    const el = show();
    const select = el.querySelector('.filters select') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Kind');
    expect(select.value).toBe('all');
    select.value = 'figure';
    fire(select, 'change');
    expect(claimIds(el)).toEqual(['claim-1']);
    select.value = 'quote';
    fire(select, 'change');
    expect(claimIds(el)).toEqual(['claim-0', 'claim-2']);
    expect(el.querySelector('.empty')).toBeNull();
    // Varying, then quotes: none; the chosen chip stays so the reader can switch it off.
    select.value = 'all';
    fire(select, 'change');
    fire(filter(el, 'varying'), 'click');
    select.value = 'quote';
    fire(select, 'change');
    expect(claimIds(el)).toEqual([]);
    expect(el.querySelector('.empty')?.textContent).toBe('No claims match this filter.');
    // The counts are of the whole page, not of the filter.
    expect(el.querySelector('.summary')?.textContent).toBe('3 claims: 1 corroborated, 1 varying, 1 unique');
    select.value = 'all';
    fire(select, 'change');
    expect(claimIds(el)).toEqual(['claim-1']);
  });

  it('shows a varying claim’s diff at once, and other evidence when asked', () => {
    const el = show();
    const toggle = (id: string) => card(el, id).querySelector('.sources-toggle') as HTMLButtonElement;
    expect(toggle('claim-1').getAttribute('aria-expanded')).toBe('true');
    expect(card(el, 'claim-1').querySelector('.diff')).not.toBeNull();
    expect(toggle('claim-0').getAttribute('aria-expanded')).toBe('false');
    expect(card(el, 'claim-0').querySelector('.evidence')).toBeNull();
    expect(toggle('claim-0').textContent).toBe('Bloomberg · Rutte starts');
    // A claim no source has gets no toggle: there is nothing to open.
    expect(toggle('claim-2')).toBeNull();
    expect(card(el, 'claim-2').querySelector('.sources-line')?.textContent).toBe('Not in the sources');
    // The reason is in the head, and conflicts are marked as such.
    expect(card(el, 'claim-1').querySelector('.card-head .reason')?.textContent).toBe('Other value: 31 members');
    expect(card(el, 'claim-1').getAttribute('data-reason')).toBe('value');
    expect(card(el, 'claim-1').classList.contains('conflict')).toBe(true);
    expect(card(el, 'claim-0').hasAttribute('data-reason')).toBe(false);

    fire(toggle('claim-0'), 'click');
    expect(toggle('claim-0').getAttribute('aria-expanded')).toBe('true');
    expect([...card(el, 'claim-0').querySelectorAll('.evidence [data-side="source"]')].map((p) => p.textContent)).toEqual([
      'NATO will be in safe hands.',
      'Safe hands.',
    ]);
    fire(toggle('claim-0'), 'click');
    expect(toggle('claim-0').getAttribute('aria-expanded')).toBe('false');
    expect(card(el, 'claim-0').querySelector('.evidence')).toBeNull();

    fire(toggle('claim-1'), 'click');
    expect(toggle('claim-1').getAttribute('aria-expanded')).toBe('false');
    expect(card(el, 'claim-1').querySelector('.diff')).toBeNull();
  });

  it('shows a claim in the page when its text is clicked', () => {
    const onSelect = vi.fn();
    const el = show({ onSelect });
    fire(card(el, 'claim-1').querySelector('button.claim-text')!, 'click');
    expect(onSelect).toHaveBeenCalledWith('claim-1');
  });

  it('notes a truncated article and a page that is itself a source', () => {
    let el = show();
    expect(el.querySelectorAll('.note')).toHaveLength(0);
    el = show({ truncated: true, selfLabel: 'Rutte takes reins at NATO' });
    const notes = [...el.querySelectorAll('.note')].map((n) => n.textContent);
    expect(notes).toEqual([
      'This page is one of the sources (Rutte takes reins at NATO); it is not counted as its own evidence.',
      'This article is very long: only its first part was checked.',
    ]);
    // A confirmation stands next to the control that was used, in a live region.
    el = show({ notice: { text: 'Report copied', at: 'copy' } });
    const copyNotice = button(el, 'Copy report').parentElement!.querySelector('.notice')!;
    expect(copyNotice.textContent).toBe('Report copied');
    expect(copyNotice.getAttribute('aria-live')).toBe('polite');
    expect(el.querySelector('.notice-download')?.textContent).toBe('');
  });

  const lookups: LookupView[] = [
    {
      id: 'lookup-0',
      text: 'NATO will be in safe hands',
      message: null,
      notice: 'Only the first 600 characters of the selection were looked up.',
      card: { ...corroborated, id: 'lookup-0' },
    },
    { id: 'lookup-1', text: '', message: 'Select some text in the page to cross-check it.', notice: null, card: null },
  ];

  it('shows look-ups: a card with its notice, or a plain message', () => {
    const onDismissLookup = vi.fn();
    const el = show({ lookups, onDismissLookup });
    const items = [...el.querySelectorAll('.lookups > ul > li.lookup')];
    expect(items).toHaveLength(2);
    expect(el.querySelector('.lookups')?.getAttribute('aria-label')).toBe('Look-ups');

    const lookupCard = items[0].querySelector('[data-lookup]')!;
    expect(lookupCard.getAttribute('data-lookup')).toBe('lookup-0');
    expect(lookupCard.getAttribute('data-verdict')).toBe('corroborated');
    expect(lookupCard.getAttribute('data-kind')).toBe('quote');
    expect(lookupCard.hasAttribute('data-claim')).toBe(false);
    expect(items[0].querySelector('.note')?.textContent).toBe('Only the first 600 characters of the selection were looked up.');
    expect(items[0].querySelector('.lookup-message')).toBeNull();
    // A look-up's evidence always shows, with no toggle.
    expect(lookupCard.querySelector('.sources-toggle')).toBeNull();
    expect(lookupCard.querySelector('.sources-line')?.textContent).toBe('Bloomberg · Rutte starts');
    expect(lookupCard.querySelectorAll('.evidence-item')).toHaveLength(2);
    // Look-up cards are not claims of the page: not counted, not filtered.
    expect(claimIds(el)).toEqual(['claim-0', 'claim-1', 'claim-2']);
    expect(el.querySelector('.summary')?.textContent).toBe('3 claims: 1 corroborated, 1 varying, 1 unique');

    expect(items[1].querySelector('.lookup-message')?.textContent).toBe('Select some text in the page to cross-check it.');
    expect(items[1].querySelector('[data-lookup]')).toBeNull();
    expect(items[1].querySelector('.note')).toBeNull();

    click(items[1].querySelector('button[aria-label="Dismiss this look-up"]')!);
    expect(onDismissLookup).toHaveBeenCalledWith('lookup-1');
  });

  it('shows only look-ups on a page that is not coverage', () => {
    const el = show({ lookupOnly: true, cards: [], lookups });
    expect(el.querySelector('.summary')?.textContent).toBe('Look-ups');
    expect(el.querySelector('.filters')).toBeNull();
    expect(el.querySelector('.bar')).toBeNull();
    expect(el.querySelector('.foot')).toBeNull();
    expect(el.querySelectorAll('[data-lookup]')).toHaveLength(1);
  });

  it('collapses to an edge tab alone', () => {
    const onCollapse = vi.fn();
    const el = show({ collapsed: true, onCollapse });
    expect(el.querySelector('aside')).toBeNull();
    const buttons = el.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    const tab = buttons[0];
    expect(tab.className).toBe('edge-tab');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.getAttribute('aria-label')).toBe('Open Triangulate: 3 claims: 1 corroborated, 1 varying, 1 unique');
    expect(tab.querySelector('.edge-count')?.textContent).toBe('3');
    expect(el.querySelector('[data-claim]')).toBeNull();
    expect(el.querySelector('.summary')).toBeNull();
    click(tab);
    expect(onCollapse).toHaveBeenCalledWith(false);
    // No count before the claims are checked.
    expect(show({ collapsed: true, status: 'checking' }).querySelector('.edge-count')?.textContent).toBe('');
  });

  it('collapses from its button and from Escape, and moves focus with it', () => {
    const onCollapse = vi.fn();
    let el = show({ onCollapse });
    const collapse = el.querySelector('.head button[aria-expanded="true"]')!;
    expect(collapse.textContent).toContain('Collapse');
    click(collapse);
    expect(onCollapse).toHaveBeenLastCalledWith(true);

    const escape = fire(el.querySelector('aside')!, 'keydown', { key: 'Escape', isTrusted: true });
    expect(onCollapse).toHaveBeenCalledTimes(2);
    expect(escape.cancelBubble).toBe(true);
    const otherKey = fire(el.querySelector('aside')!, 'keydown', { key: 'Enter', isTrusted: true });
    expect(onCollapse).toHaveBeenCalledTimes(2);
    expect(otherKey.cancelBubble).toBe(false);

    // Focus follows: to the edge tab when collapsed, to the heading when opened again.
    el = show({ collapsed: true });
    expect(document.activeElement).toBe(el.querySelector('.edge-tab'));
    el = show({ collapsed: false });
    expect(document.activeElement).toBe(el.querySelector('h2'));
    expect(document.activeElement?.textContent).toBe('Triangulate');
  });

  it('does not take focus on its first render', () => {
    show({ collapsed: true });
    expect(document.activeElement).toBe(document.body);
  });

  it('switches placement', () => {
    const onPlacement = vi.fn();
    let el = show({ onPlacement, placement: 'overlay' });
    let place = el.querySelector('.head button[aria-pressed]')!;
    expect(place.getAttribute('aria-pressed')).toBe('false');
    click(place);
    expect(onPlacement).toHaveBeenLastCalledWith('side');
    el = show({ onPlacement, placement: 'side' });
    place = el.querySelector('.head button[aria-pressed]')!;
    expect(place.getAttribute('aria-pressed')).toBe('true');
    click(place);
    expect(onPlacement).toHaveBeenLastCalledWith('overlay');
  });

  it('offers the placement switch only where the window has room for both', () => {
    expect(show({ placement: 'side', layout: 'overlay' }).querySelector('[data-action="placement"]')).toBeNull();
    expect(show({ placement: 'side', layout: 'sheet' }).querySelector('[data-action="placement"]')).toBeNull();
    expect(show({ placement: 'overlay', layout: 'overlay' }).querySelector('[data-action="placement"]')).not.toBeNull();
    expect(show({ placement: 'side', layout: 'side' }).querySelector('[data-action="placement"]')).not.toBeNull();
  });

  it('puts the cards first in a sheet, the notes about the check after them', () => {
    const order = (el: HTMLElement) => [...el.querySelectorAll('[data-story], ul.cards')].map((e) => (e.matches('[data-story]') ? 'story' : 'cards'));
    expect(order(show({ layout: 'side', placement: 'side' }))).toEqual(['story', 'cards']);
    const sheet = show({ layout: 'sheet' });
    expect(order(sheet)).toEqual(['cards', 'story']);
    expect(sheet.querySelector('aside')!.getAttribute('style')).toContain('height: 58vh');
  });

  it('moves its slim tab along the edge with the arrow keys and a drag, and opens on a tap', () => {
    const onMoveTab = vi.fn();
    const onCollapse = vi.fn();
    const el = show({ collapsed: true, tabPosition: 0.5, onMoveTab, onCollapse });
    const tab = el.querySelector<HTMLElement>('button[data-action="open-sidebar"]')!;
    expect(tab.style.top).toBe('40vh');
    fire(tab, 'keydown', { key: 'ArrowDown', isTrusted: true });
    expect(onMoveTab).toHaveBeenLastCalledWith(0.6);
    fire(tab, 'keydown', { key: 'ArrowUp', isTrusted: true });
    expect(onMoveTab).toHaveBeenLastCalledWith(0.4);
    fire(tab, 'keydown', { key: 'ArrowUp' });
    expect(onMoveTab).toHaveBeenCalledTimes(2);
    // A drag of 100 px in a 1,000 px window moves it a fifth of its band, and opens nothing.
    const view = { innerHeight: 1000 };
    fire(tab, 'pointerdown', { isTrusted: true, button: 0, clientY: 400, pointerId: 1, view });
    fire(tab, 'pointermove', { clientY: 500, pointerId: 1, view });
    expect(tab.style.top).toBe('50vh');
    fire(tab, 'pointerup', { clientY: 500, pointerId: 1, view });
    expect(onMoveTab.mock.lastCall![0]).toBeCloseTo(0.7);
    click(tab);
    expect(onCollapse).not.toHaveBeenCalled();
    // A tap, with no movement, opens.
    fire(tab, 'pointerdown', { isTrusted: true, button: 0, clientY: 400, pointerId: 1, view });
    fire(tab, 'pointerup', { clientY: 401, pointerId: 1, view });
    click(tab);
    expect(onCollapse).toHaveBeenCalledWith(false);
  });

  it('says one thing at a time about adding the page', () => {
    const line = (addPage: SidebarProps['addPage']) => show({ addPage }).querySelector('.add-page')!.textContent;
    expect(line({ story: 'NATO leadership handover', state: 'ready', message: null })).toBe('Add this page to NATO leadership handover');
    expect(line({ story: 'NATO leadership handover', state: 'already', message: null })).toBe('Already a source of this story.');
    expect(line({ story: 'NATO leadership handover', state: 'added', message: null })).toBe('Added to “NATO leadership handover”.');
    expect(line({ story: 'NATO leadership handover', state: 'ready', message: 'The page could not be added. Try again.' })).toBe(
      'Add this page to NATO leadership handoverThe page could not be added. Try again.',
    );
  });

  it('copies and downloads the report on the reader’s click', () => {
    const onCopyReport = vi.fn();
    const onDownloadReport = vi.fn();
    const el = show({ onCopyReport, onDownloadReport });
    click(button(el, 'Copy report'));
    expect(onCopyReport).toHaveBeenCalledOnce();
    expect(onDownloadReport).not.toHaveBeenCalled();
    click(button(el, 'Download .md'));
    expect(onDownloadReport).toHaveBeenCalledOnce();
  });

  it('ignores clicks and keys that scripts make', () => {
    const spies = {
      onCopyReport: vi.fn(),
      onDownloadReport: vi.fn(),
      onOpenSource: vi.fn(),
      onPlacement: vi.fn(),
      onCollapse: vi.fn(),
    };
    const el = show({ ...spies, lookups: [{ id: 'lookup-0', text: 'x', message: null, notice: null, card: { ...corroborated, id: 'lookup-0' } }] });
    const copy = button(el, 'Copy report');
    syntheticClick(copy);
    fire(copy, 'click');
    act(() => {
      copy.dispatchEvent(new Event('click'));
    });
    syntheticClick(button(el, 'Download .md'));
    fire(button(el, 'Download .md'), 'click');
    const sourceLink = el.querySelector('[data-lookup] .evidence button.link')!;
    expect(sourceLink.textContent).toBe('Bloomberg');
    syntheticClick(sourceLink);
    fire(sourceLink, 'click');
    syntheticClick(el.querySelector('.head button[aria-pressed]')!);
    syntheticClick(el.querySelector('.head button[aria-expanded="true"]')!);
    fire(el.querySelector('aside')!, 'keydown', { key: 'Escape' });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();

    show({ ...spies, collapsed: true });
    syntheticClick(root.querySelector('.edge-tab')!);
    fire(root.querySelector('.edge-tab')!, 'click');
    expect(spies.onCollapse).not.toHaveBeenCalled();

    // The same controls do act for the reader.
    show({ ...spies, collapsed: false, lookups: [{ id: 'lookup-0', text: 'x', message: null, notice: null, card: { ...corroborated, id: 'lookup-0' } }] });
    click(root.querySelector('[data-lookup] .evidence button.link')!);
    expect(spies.onOpenSource).toHaveBeenCalledWith('a', 'NATO will be in safe hands.', 'safe hands');
  });

  it('renders page text as text, never as markup', () => {
    const hostileCard: ClaimCardView = {
      ...varying,
      text: HOSTILE,
      detail: HOSTILE,
      evidence: [
        evidence({ match: 'variant', label: HOSTILE, outlet: HOSTILE, diff: [{ op: 'page', text: HOSTILE }, { op: 'source', text: HOSTILE }] }),
        evidence({ source: 'z', label: HOSTILE, passage: HOSTILE }),
      ],
    };
    const el = show({
      cards: [hostileCard],
      selfLabel: HOSTILE,
      notice: { text: HOSTILE, at: 'cards' },
      lookups: [
        { id: 'lookup-0', text: HOSTILE, message: HOSTILE, notice: HOSTILE, card: { ...unique, id: 'lookup-0', text: HOSTILE } },
      ],
    });
    expect(el.querySelector('img')).toBeNull();
    expect(card(el, 'claim-1').querySelector('.claim-text')?.textContent).toBe(HOSTILE);
    expect(card(el, 'claim-1').querySelector('.detail')?.textContent).toBe(HOSTILE);
    expect(card(el, 'claim-1').querySelector('.match-exact [data-side="source"]')?.textContent).toBe(HOSTILE);
    expect(card(el, 'claim-1').querySelector('[data-side="page"] del')?.textContent).toBe(`only on this page: ${HOSTILE}`);
    // A look-up of text nobody is said to have spoken is the reader's selection, shown as such.
    expect(el.querySelector('[data-lookup] .claim-text')?.textContent).toBe(HOSTILE);
    expect(el.querySelector('[data-lookup] .kind')?.textContent).toBe('Selected text');
    expect(el.querySelector('.lookup-message')?.textContent).toBe(HOSTILE);
    expect(el.textContent).toContain(`This page is one of the sources (${HOSTILE})`);
  });
});

describe('ClaimCard', () => {
  it('is a look-up card or a claim card, never both', () => {
    const el = mount(
      <ul>
        <ClaimCard card={unique} onOpenSource={() => {}} />
        <ClaimCard card={{ ...unique, id: 'lookup-3' }} lookup onOpenSource={() => {}} />
      </ul>,
    );
    const [claim, lookup] = [...el.querySelectorAll('li.card')];
    expect(claim.getAttribute('data-claim')).toBe('claim-2');
    expect(claim.hasAttribute('data-lookup')).toBe(false);
    expect(lookup.getAttribute('data-lookup')).toBe('lookup-3');
    expect(lookup.hasAttribute('data-claim')).toBe(false);
    expect(lookup.getAttribute('data-verdict')).toBe('unique');
    expect(claim.className).toBe('card card-unique');
    // With no onSelect, the text is a paragraph, not a button.
    expect(claim.querySelector('p.claim-text')?.textContent).toBe('“I know both candidates very well”');
    expect(claim.querySelector('button')).toBeNull();
  });
});

describe('Lookups: the page\'s claims in a selection (CLAIMS §6)', () => {
  it('lists them after the look-up\'s own answer, with their verdicts, never as cards of the sidebar', () => {
    const el = show({
      lookups: [{ id: 'lookup-0', text: 'x', message: 'Not in the sources as a whole.', notice: null, card: null, claims: [{ ...corroborated, id: 'lookup-0-claim-0' }] }],
    });
    const item = el.querySelector('li.lookup')!;
    expect(item.querySelector('.lookup-message')?.textContent).toBe('Not in the sources as a whole.');
    const claim = item.querySelector('[data-lookup-claim="lookup-0-claim-0"]')!;
    expect(claim.getAttribute('data-verdict')).toBe('corroborated');
    expect(claim.hasAttribute('data-claim')).toBe(false);
    expect(claim.hasAttribute('data-lookup')).toBe(false);
    expect(claim.querySelector('.kind')?.textContent).toBe('Quote');
    expect(claim.querySelectorAll('.evidence-item')).toHaveLength(2);
  });
});

describe('ClaimCard: disagreement never hidden (CLAIMS §5)', () => {
  it('says how many sources agree and how many differ on a corroborated card, and nothing when none differ', () => {
    const card: ClaimCardView = { ...corroborated, agree: 2, disagree: 1 };
    const el = mount(
      <ul>
        <ClaimCard card={card} onOpenSource={() => {}} />
        <ClaimCard card={{ ...corroborated, id: 'claim-9', agree: 2, disagree: 0 }} onOpenSource={() => {}} />
      </ul>,
    );
    const [differs, agrees] = [...el.querySelectorAll('li.card')];
    expect(differs.querySelector('.disagreement')?.textContent).toBe('2 agree · 1 differs');
    expect(differs.querySelector('.disagreement')?.getAttribute('data-disagree')).toBe('1');
    expect(agrees.querySelector('.disagreement')).toBeNull();
  });

  it('says when the page does not make a speaker clear', () => {
    const note = 'Speaker not clear on this page';
    const card: ClaimCardView = { ...corroborated, note, evidence: [evidence({ match: 'variant', how: 'close wording', reason: 'words', speaker: 'Mark Rutte', note })] };
    const el = mount(
      <ul>
        <ClaimCard card={card} expanded onToggle={() => {}} onOpenSource={() => {}} />
      </ul>,
    );
    expect(el.querySelector('.claim-note')?.textContent).toBe(note);
    expect(el.querySelector('.evidence-note')?.textContent).toBe(note);
    expect(el.querySelector('.why')?.textContent).toBe('Said by Mark Rutte in this source');
  });
});

describe('EvidenceList', () => {
  it('says in words how each source matches, the score only on hover', () => {
    const el = mount(
      <EvidenceList
        evidence={[
          evidence(),
          evidence({ source: 'b', outlet: '', chip: 'Rutte starts', match: 'variant', how: 'loosely related', reason: 'words', score: 0.456, diff: [{ op: 'same', text: 'Safe' }] }),
          evidence({ source: 'c', match: 'variant', how: 'other speaker', reason: 'speaker', speaker: 'Jens Stoltenberg', diff: [{ op: 'same', text: 'NATO will be in safe hands' }] }),
          evidence({ source: 'd', how: 'same words, other spelling', score: 1 }),
        ]}
        onOpenSource={() => {}}
      />,
    );
    const items = [...el.querySelectorAll('.evidence-item')];
    expect(items.map((i) => i.className)).toEqual(['evidence-item match-exact', 'evidence-item match-variant', 'evidence-item match-variant', 'evidence-item match-exact']);
    expect(items.map((i) => i.querySelector('.match')?.textContent)).toEqual(['Same words', 'Loosely related', 'Other speaker', 'Same words, other spelling']);
    expect(el.textContent).not.toMatch(/\d%/);
    expect(items.map((i) => i.querySelector('.match')?.getAttribute('title'))).toEqual(['Match score 93%', 'Match score 46%', 'Match score 93%', 'Match score 100%']);
    expect(items.map((i) => i.querySelector('button.link')?.textContent)).toEqual(['Bloomberg', 'Rutte starts', 'Bloomberg', 'Bloomberg']);
    expect(items[2].querySelector('.why')?.textContent).toBe('Said by Jens Stoltenberg in this source');
    // Rows labelled "This page" / "Source"; an exact match shows the source only.
    expect([...items[1].querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['This page', 'Source']);
    expect([...items[0].querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Source']);
    expect(items[0].querySelector('[data-side="source"]')?.textContent).toBe('NATO will be in safe hands.');
    // One legend for the marks, above the evidence.
    expect(el.querySelectorAll('.diff-legend')).toHaveLength(1);
    expect(el.querySelector('.diff-legend')?.textContent).toBe('struck only on this page · underlined only in the source');
  });

  it('opens a source on the reader’s click only', () => {
    const onOpenSource = vi.fn();
    const el = mount(<EvidenceList evidence={[evidence()]} onOpenSource={onOpenSource} />);
    const link = el.querySelector('button.link')!;
    syntheticClick(link);
    expect(onOpenSource).not.toHaveBeenCalled();
    click(link);
    expect(onOpenSource).toHaveBeenCalledWith('a', 'NATO will be in safe hands.', 'safe hands');
  });

  it('shows nothing when no source has the claim, and no legend without a diff', () => {
    expect(mount(<EvidenceList evidence={[]} onOpenSource={() => {}} />).textContent).toBe('');
    expect(mount(<EvidenceList evidence={[evidence()]} onOpenSource={() => {}} />).querySelector('.diff-legend')).toBeNull();
  });
});

describe('DiffView', () => {
  it('shows the page and the source in labelled rows: page-only words struck, source-only underlined', () => {
    const el = mount(<DiffView parts={varying.evidence[0].diff} />);
    const page = el.querySelector('[data-side="page"]')!;
    const source = el.querySelector('[data-side="source"]')!;
    expect(page.textContent).toBe('The alliance has only on this page: 32 members');
    expect(source.textContent).toBe('The alliance has only in the source: 31 members');
    expect(page.querySelectorAll('del')).toHaveLength(1);
    expect(page.querySelector('ins')).toBeNull();
    expect(source.querySelectorAll('ins')).toHaveLength(1);
    expect(source.querySelector('del')).toBeNull();
    expect(page.querySelector('del')?.getAttribute('title')).toBe('Only on this page');
    expect(source.querySelector('ins')?.getAttribute('title')).toBe('Only in the source');
  });

  it('renders a diff with no changes as plain words', () => {
    const el = mount(<DiffView parts={[{ op: 'same', text: 'safe hands' }]} />);
    expect(el.querySelector('[data-side="source"]')?.textContent).toBe('safe hands');
    expect(el.querySelector('del, ins')).toBeNull();
  });
});

describe('VerdictBadge', () => {
  it('shows a shape as well as a colour for each verdict', () => {
    const el = mount(
      <div>
        <VerdictBadge verdict="corroborated" />
        <VerdictBadge verdict="varying" />
        <VerdictBadge verdict="unique" />
      </div>,
    );
    const badges = [...el.querySelectorAll('.verdict')];
    expect(badges.map((b) => b.className)).toEqual(['verdict verdict-corroborated', 'verdict verdict-varying', 'verdict verdict-unique']);
    expect(badges.map((b) => b.textContent)).toEqual(['✓ Corroborated', '≈ Varying', '○ Unique']);
    expect(badges.every((b) => b.querySelector('[aria-hidden="true"]'))).toBe(true);
  });
});

describe('SelectionButton', () => {
  it('stands by the selection, inside the viewport', () => {
    let b = mount(<SelectionButton x={120} y={340} onCrossCheck={() => {}} />).querySelector('button')!;
    expect(b.getAttribute('data-action')).toBe('cross-check');
    expect(b.style.left).toBe('120px');
    expect(b.style.top).toBe('340px');
    expect(b.textContent).toBe('◭ Cross-check');
    b = mount(<SelectionButton x={-30} y={1} onCrossCheck={() => {}} />).querySelector('button')!;
    expect(b.style.left).toBe('4px');
    expect(b.style.top).toBe('4px');
  });

  it('keeps the selection on mousedown and cross-checks on the reader’s click only', () => {
    const onCrossCheck = vi.fn();
    const b = mount(<SelectionButton x={10} y={10} onCrossCheck={onCrossCheck} />).querySelector('button')!;
    expect(fire(b, 'mousedown').defaultPrevented).toBe(true);
    syntheticClick(b);
    fire(b, 'click');
    expect(onCrossCheck).not.toHaveBeenCalled();
    click(b);
    expect(onCrossCheck).toHaveBeenCalledOnce();
  });
});

describe('Compare view', () => {
  it('switches to a claim-by-source grid, needing attention first, each cell a match', () => {
    const sources = ['a', 'b', 'c'].map((id) => ({ id, title: '', label: id, outlet: '', chip: `Source ${id}` }));
    const onOpenSource = vi.fn();
    const el = show({ sources, onOpenSource });
    fire(el.querySelector('button[data-view="compare"]')!, 'click');
    const table = el.querySelector('table[data-compare]')!;
    expect([...table.querySelectorAll('tr[data-claim]')].map((r) => r.getAttribute('data-claim'))).toEqual(['claim-1', 'claim-2', 'claim-0']);
    const cells = [...table.querySelectorAll('tr[data-claim="claim-0"] td[data-source][data-match]')].map((c) => c.getAttribute('data-match'));
    expect(cells).toEqual(['exact', 'exact', 'none']);
    expect(table.querySelector('tr[data-claim="claim-1"] td[data-source="c"]')?.getAttribute('title')).toBe('Source c: other value');
    click(table.querySelector('tr[data-claim="claim-1"] td[data-source="c"] button')!);
    expect(onOpenSource).toHaveBeenCalledWith('c', 'The alliance has 31 members', 'safe hands');
    // Headers name each source whole, not rotated or cut; the full title on hover.
    const heads = [...table.querySelectorAll('thead th.compare-source')];
    expect(heads.map((h) => h.textContent)).toEqual(['Source a', 'Source b', 'Source c']);
    expect(heads.map((h) => h.getAttribute('title'))).toEqual(['a', 'b', 'c']);
    // Back to the cards.
    fire(el.querySelector('button[data-view="claims"]')!, 'click');
    expect(el.querySelector('table[data-compare]')).toBeNull();
  });
});
