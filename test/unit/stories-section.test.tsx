// The options page's stories section: rows by story and source, the controls the issue names,
// outcomes beside their control, and pack text shown only as text.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoriesSection, type StoriesSectionProps } from '../../components/StoriesSection';
import type { SourceOrigin } from '../../lib/origins';
import type { StoryRow } from '../../lib/stories';
import { fire, freshDocument, show as render } from './support/dom';

let root: HTMLElement;
beforeEach(() => {
  root = freshDocument();
});

const source = (id: string, origin: SourceOrigin, label = id) => ({ id, title: label, label, outlet: 'Wire', date: '2024-10-01', sentences: 3, origin });
const rows: StoryRow[] = [
  { story: { id: 'handover', title: 'NATO leadership handover', summary: '', from: '2024-10-01', to: '2024-10-01', language: 'en' }, origin: 'bundled', enabled: true, recognition: null, sources: [source('a', 'bundled'), source('page-1', 'added')], found: null },
  { story: { id: 'rate-cut', title: 'A rate cut', summary: '', from: '2025-03-13', to: '2025-03-14', language: 'en' }, origin: 'imported', enabled: false, recognition: { kind: 'few-sources', sources: 1 }, sources: [source('s1', 'imported')], found: null },
];
const foundRow: StoryRow = {
  story: { id: 'found-4', title: 'Harbour vote result', summary: '', from: '2026-06-13', to: '2026-06-14', language: 'en' }, origin: 'found', enabled: true, recognition: null,
  sources: [{ ...source('f1', 'found'), url: 'https://a.example/1' }, { ...source('f2', 'found'), url: 'https://b.example/2' }, { ...source('f3', 'found'), url: 'https://a.example/3' }],
  found: { kept: false, articles: 3, outlets: ['A Daily', 'B Wire'] },
};

function show(props: Partial<StoriesSectionProps> = {}) {
  const all: StoriesSectionProps = {
    stories: { status: 'ready', value: rows }, status: null,
    onImport: () => {}, onExport: () => {}, onEnable: () => {}, onRemoveSource: () => {}, onRename: () => {}, onKeep: () => {}, onDelete: () => {}, ...props,
  };
  return render(root, <StoriesSection {...all} />);
}

describe('StoriesSection', () => {
  it('lists each story with its sources, count and switch, and a remove button only for the reader’s sources', () => {
    const el = show();
    const stories = [...el.querySelectorAll('[data-story]')];
    expect(stories.map((s) => s.getAttribute('data-story'))).toEqual(['handover', 'rate-cut']);
    expect(stories[0].querySelector('.meta')?.textContent).toBe('2 sources, 1 bundled, 1 added by you · 2024-10-01 · bundled story');
    expect(stories[1].querySelector('.meta')?.textContent).toBe('1 source, all imported · 2025-03-13 – 2025-03-14 · imported story');
    expect([...el.querySelectorAll('[data-source] .meta')].map((m) => m.textContent)).toEqual([
      'Wire · 2024-10-01 · bundled', 'Wire · 2024-10-01 · added by you', 'Wire · 2024-10-01 · imported',
    ]);
    expect([...el.querySelectorAll('[data-source]')].map((s) => [s.getAttribute('data-source'), !!s.querySelector('[data-action="remove-source"]')])).toEqual([
      ['a', false], ['page-1', true], ['s1', true],
    ]);
    expect(el.querySelectorAll('button[data-action="export-pack"]')).toHaveLength(2);
    expect(el.querySelector('input[type="file"][data-action="import-pack"]')).not.toBeNull();
  });

  it('marks where each story came from, and gives a found story its articles, outlets and controls', () => {
    const el = show({ stories: { status: 'ready', value: [...rows, foundRow] } });
    expect([...el.querySelectorAll('[data-story]')].map((s) => s.getAttribute('data-origin'))).toEqual(['bundled', 'pack', 'found']);
    const found = el.querySelector('[data-story="found-4"]')!;
    expect(found.getAttribute('data-articles')).toBe('3');
    expect(found.querySelector('[data-outlets]')?.textContent).toBe('3 articles from A Daily, B Wire');
    expect([...found.querySelectorAll('[data-source]')].map((s) => s.getAttribute('data-url'))).toEqual(['https://a.example/1', 'https://b.example/2', 'https://a.example/3']);
    expect(found.querySelectorAll('[data-action="remove-source"]')).toHaveLength(0);
    expect(found.querySelector('[data-action="export-pack"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-action="delete-story"]')).toHaveLength(1);
    expect(el.querySelector('[data-story="handover"]')!.hasAttribute('data-articles')).toBe(false);
  });

  it('renames, keeps and deletes a found story', () => {
    const [onRename, onKeep, onDelete] = [vi.fn(), vi.fn(), vi.fn()];
    const el = show({ stories: { status: 'ready', value: [foundRow] }, onRename, onKeep, onDelete });
    const input = el.querySelector('[data-action="rename-story"] input') as HTMLInputElement;
    input.value = 'The harbour vote';
    fire(el.querySelector('form[data-action="rename-story"]')!, 'submit');
    expect(onRename).toHaveBeenCalledWith('found-4', 'The harbour vote');
    const keep = el.querySelector('[data-action="keep-story"]') as HTMLInputElement;
    keep.checked = true;
    fire(keep, 'change');
    expect(onKeep).toHaveBeenCalledWith('found-4', true);
    fire(el.querySelector('[data-action="delete-story"]')!, 'click');
    expect(onDelete).toHaveBeenCalledWith('found-4');
  });

  it('reports each action with the story or source it is for', () => {
    const onEnable = vi.fn();
    const onRemoveSource = vi.fn();
    const onExport = vi.fn();
    const el = show({ onEnable, onRemoveSource, onExport });
    const toggle = el.querySelector('[data-story="rate-cut"] input[role="switch"]') as HTMLInputElement;
    toggle.checked = true;
    fire(toggle, 'change');
    expect(onEnable).toHaveBeenCalledWith('rate-cut', true);
    fire(el.querySelector('[data-source="page-1"] [data-action="remove-source"]')!, 'click');
    expect(onRemoveSource).toHaveBeenCalledWith('handover', 'page-1');
    fire(el.querySelector('[data-story="rate-cut"] [data-action="export-pack"]')!, 'click');
    expect(onExport).toHaveBeenCalledWith('rate-cut');
  });

  it('says an import failed in an alert next to the import control, and a success as a status', () => {
    let el = show({ status: { story: null, ok: false, text: 'The file is not JSON.' } });
    const alert = el.querySelector('.import [role="alert"]');
    expect(alert?.textContent).toBe('The file is not JSON.');
    el = show({ status: { story: null, ok: true, text: 'Added 5 sources to “A rate cut”.' } });
    expect(el.querySelector('.import [role="status"]')?.textContent).toBe('Added 5 sources to “A rate cut”.');
    expect(el.querySelector('.import [role="alert"]')).toBeNull();
  });

  it('shows a change’s outcome inside its story’s row', () => {
    const el = show({ status: { story: 'rate-cut', ok: true, text: 'Source removed.' } });
    expect(el.querySelector('[data-story="rate-cut"] [role="status"]')?.textContent).toBe('Source removed.');
    expect(el.querySelector('[data-story="handover"] [role="status"]')).toBeNull();
    expect(el.querySelector('.import [role="status"]')).toBeNull();
  });

  it('says in its row why a story cannot recognise its pages, and nothing in a row that can', () => {
    const el = show();
    expect(el.querySelector('[data-story="rate-cut"] [data-warning]')?.textContent).toBe('This story has only 1 source: Triangulate needs 3 to recognise its pages.');
    expect(el.querySelector('[data-story="handover"] [data-warning]')).toBeNull();
  });

  it('renders pack text as text, never as markup', () => {
    const hostile = [{ ...rows[1], story: { ...rows[1].story, title: '<img src=x onerror=alert(1)>' }, sources: [source('s1', 'imported', '<script>alert(1)</script>')] }];
    const el = show({ stories: { status: 'ready', value: hostile } });
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.querySelector('.story-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says when the stories are loading or could not be loaded', () => {
    expect(show({ stories: { status: 'loading' } }).textContent).toContain('Loading stories');
    expect(show({ stories: { status: 'failed' } }).textContent).toContain('Could not load the stories');
  });
});
