// The Feeds section renders the feeds, the pool and its limits, and hands each action up.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedsSection, type FeedsSectionProps } from '../../components/FeedsSection';
import type { FeedRow } from '../../lib/feeds/schedule';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { fire, freshDocument, isChecked, show as render } from './support/dom';

let root: HTMLElement;
beforeEach(() => {
  root = freshDocument();
});

const row = (url: string, patch: Partial<FeedRow> = {}): FeedRow => ({ url, title: '', addedAt: 1, fetchedAt: Date.UTC(2026, 5, 14, 9), status: 'ok', line: '3 new articles added.', items: 12, ...patch });

function show(props: Partial<FeedsSectionProps> = {}) {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn(), onRefresh: vi.fn(), onForget: vi.fn(), onChange: vi.fn() };
  render(
    root,
    <FeedsSection
      feeds={{ status: 'ready', value: [row('https://a.example/rss', { title: '<b>Ledger</b>' }), row('https://b.example/x', { status: 'error', line: 'Not found (HTTP 404): check the address.', items: 0 })] }}
      pool={{ articles: 42, bytes: 3 * 1024 * 1024, oldest: Date.UTC(2026, 5, 1) }}
      settings={DEFAULT_SETTINGS}
      status={null}
      busy={false}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('FeedsSection', () => {
  it('shows each feed as a row with its status, count and one line, feed text as text', () => {
    show();
    const rows = root.querySelectorAll('[data-feed]');
    expect(Array.from(rows).map((r) => [r.getAttribute('data-status'), r.getAttribute('data-items')])).toEqual([['ok', '12'], ['error', '0']]);
    expect(rows[0].querySelector('b')).toBeNull();
    expect(rows[0].textContent).toContain('<b>Ledger</b>');
    expect(rows[0].textContent).toContain('12 items');
    expect(rows[1].querySelector('[data-line]')!.textContent).toBe('Not found (HTTP 404): check the address.');
    expect(root.querySelector('[data-pool-stats]')!.textContent).toContain('42 articles (3.0 MB)');
  });

  it('hands up a feed to add, one to remove, a refresh and forgetting the pool', () => {
    const h = show();
    const input = root.querySelector('input[data-action="feed-url"]') as HTMLInputElement;
    input.value = 'https://c.example/atom';
    fire(root.querySelector('form')!, 'submit');
    expect(h.onAdd).toHaveBeenCalledWith('https://c.example/atom');
    fire(root.querySelectorAll('button[data-action="remove-feed"]')[1], 'click');
    expect(h.onRemove).toHaveBeenCalledWith('https://b.example/x');
    fire(root.querySelector('button[data-action="refresh-feeds"]')!, 'click');
    fire(root.querySelector('button[data-action="forget-pool"]')!, 'click');
    expect(h.onRefresh).toHaveBeenCalledOnce();
    expect(h.onForget).toHaveBeenCalledOnce();
  });

  it('keeps learning from reading off until the reader switches it on, and says what it keeps', () => {
    const h = show();
    const box = root.querySelector('input[type=checkbox][data-setting="learn-from-reading"]') as HTMLInputElement;
    expect(isChecked(box)).toBe(false);
    expect(root.textContent).toContain('only what the page states about it');
    box.checked = true;
    fire(box, 'change');
    expect(h.onChange).toHaveBeenCalledWith({ learnFromReading: true });
  });

  it('saves only limits in range', () => {
    const h = show();
    const days = root.querySelector('input[data-setting="pool-max-days"]') as HTMLInputElement;
    Object.defineProperty(days, 'valueAsNumber', { value: 7, configurable: true });
    fire(days, 'change');
    Object.defineProperty(days, 'valueAsNumber', { value: 9999, configurable: true });
    fire(days, 'change');
    expect(h.onChange.mock.calls).toEqual([[{ poolMaxDays: 7 }]]);
  });
});
