// The popup's components render props only, so they are tested here without a browser.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import type { SourceSummary } from '../../lib/messages';

let root: HTMLElement;

beforeEach(() => {
  // Preact creates nodes through the global document.
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  globalThis.document = document as unknown as Document;
  root = document.getElementById('app') as unknown as HTMLElement;
});

function show(props: PopupProps) {
  render(<Popup {...props} />, root);
  return root;
}

const sources: SourceSummary[] = [
  { id: 'a', title: 'Rutte takes reins at NATO', label: 'Rutte takes reins at NATO', outlet: 'Bloomberg', date: '', sentences: 22 },
  { id: 'b', title: '', label: 'Mark Rutte, the former Prime Minister…', outlet: '', date: '2024-10-01', sentences: 1 },
];

describe('Popup', () => {
  it('shows loading until answers come', () => {
    const el = show({ tab: { status: 'loading' }, sources: { status: 'loading' } });
    expect(el.textContent).toContain('Checking this tab');
    expect(el.textContent).toContain('Loading sources');
  });

  it('lists each source with what it states about itself', () => {
    const el = show({ tab: { status: 'ready', value: null }, sources: { status: 'ready', value: sources } });
    const items = [...el.querySelectorAll('.sources li')];
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.title')?.textContent).toBe('Rutte takes reins at NATO');
    expect(items[0].querySelector('.meta')?.textContent).toBe('Bloomberg · 22 sentences');
    expect(items[1].querySelector('.title.untitled')?.textContent).toBe('Mark Rutte, the former Prime Minister…');
    expect(items[1].querySelector('.meta')?.textContent).toBe('2024-10-01 · 1 sentence');
    expect(el.querySelector('h2')?.textContent).toBe('Sources (2)');
  });

  it('says so when the corpus is empty or unreachable', () => {
    expect(show({ tab: { status: 'loading' }, sources: { status: 'ready', value: [] } }).textContent).toContain(
      'The corpus has no sources yet.',
    );
    expect(show({ tab: { status: 'failed' }, sources: { status: 'failed' } }).textContent).toContain(
      'Could not load the sources.',
    );
  });

  it("states this tab's coverage", () => {
    const at = (value: { score: number; detected: boolean } | null) =>
      show({ tab: { status: 'ready', value }, sources: { status: 'loading' } }).querySelector('.tab-status');
    expect(at({ score: 0.712, detected: true })?.textContent).toBe(
      "This page covers the story in Triangulate's sources (score 0.71).",
    );
    expect(at({ score: 0.712, detected: true })?.className).toContain('coverage');
    expect(at({ score: 0.05, detected: false })?.textContent).toContain('does not look like coverage');
    expect(at(null)?.textContent).toContain('has not read this page');
  });

  it('renders page-supplied text as text, never as markup', () => {
    const hostile = { ...sources[0], label: '<img src=x onerror=alert(1)>' };
    const el = show({ tab: { status: 'loading' }, sources: { status: 'ready', value: [hostile] } });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
