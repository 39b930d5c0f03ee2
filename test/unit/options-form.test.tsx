// The options form renders settings and reports each change as a patch; saving is the page's wiring.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm, type OptionsFormProps } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { fire, freshDocument, isChecked, show as render, type } from './support/dom';

let root: HTMLElement;

beforeEach(() => {
  root = freshDocument();
});

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  disabledSites: ['example.com', 'news.test'],
  strictness: 'strict',
  autoOpen: false,
  highlights: false,
  theme: 'dark',
};

function show(props: Partial<OptionsFormProps> = {}) {
  return render(root, <OptionsForm settings={settings} status={null} width={1280} onChange={() => {}} {...props} />);
}

const radio = (name: string, value: string) => root.querySelector(`input[name="${name}"][value="${value}"]`)!;
const checkedValue = (name: string) =>
  [...root.querySelectorAll(`input[name="${name}"]`)].filter(isChecked).map((r) => r.getAttribute('value'));
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('OptionsForm', () => {
  it('says it is loading until the settings are read', () => {
    expect(show({ settings: null }).textContent).toBe('Loading settings…');
  });

  it('shows the stored values', () => {
    show();
    expect([...root.querySelectorAll('.site-list li span')].map((s) => s.textContent)).toEqual(['example.com', 'news.test']);
    expect(checkedValue('strictness')).toEqual(['strict']);
    expect(checkedValue('open')).toEqual(['badge']);
    expect(checkedValue('theme')).toEqual(['dark']);
    expect(checkedValue('placement')).toEqual(['side']);
    expect(isChecked(root.querySelector('input[name="highlights"]')!)).toBe(false);
  });

  it('says what the sidebar does at this window’s width, with the chosen placement', () => {
    show({ width: 1000 });
    expect(root.querySelector('[data-layout-now]')!.textContent).toMatch(/^In a window 1000 px wide, the sidebar opens beside the article/);
    show({ width: 800 });
    expect(root.querySelector('[data-layout-now]')!.textContent).toMatch(/slim tab .* beside needs 900 px/);
    show({ width: 1280, settings: { ...settings, placement: 'overlay' } });
    expect(root.querySelector('[data-layout-now]')!.textContent).toMatch(/over the right edge of the page, as you chose/);
  });

  it('labels every control and explains each strictness', () => {
    show();
    for (const input of root.querySelectorAll('input')) {
      expect(input.closest('label') ?? root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    const hint = root.querySelector(`#${radio('strictness', 'lenient').getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain('Looser wording');
    expect(root.querySelectorAll('fieldset > legend')).toHaveLength(6);
  });

  it('reports each change as the patch it makes', () => {
    const onChange = vi.fn();
    show({ onChange });
    fire(radio('strictness', 'lenient'), 'change');
    expect(onChange).toHaveBeenLastCalledWith({ strictness: 'lenient' });
    fire(radio('open', 'open'), 'change');
    expect(onChange).toHaveBeenLastCalledWith({ autoOpen: true });
    fire(radio('theme', 'light'), 'change');
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'light' });
    fire(radio('placement', 'overlay'), 'change');
    expect(onChange).toHaveBeenLastCalledWith({ placement: 'overlay' });
    const highlights = root.querySelector('input[name="highlights"]') as HTMLInputElement;
    highlights.checked = true;
    fire(highlights, 'change');
    expect(onChange).toHaveBeenLastCalledWith({ highlights: true });
    fire(button('Remove'), 'click');
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['news.test'] });
    expect(button('Remove').getAttribute('aria-label')).toBe('Remove example.com');
  });

  it('adds a site by its normalised host name', () => {
    const onChange = vi.fn();
    show({ onChange });
    const field = root.querySelector('#add-site')!;
    type(field, '  https://www.Reuters.com/world/europe/ ');
    fire(root.querySelector('form.add-site')!, 'submit');
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['example.com', 'news.test', 'reuters.com'] });
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('refuses junk and sites already covered, saying why', () => {
    const onChange = vi.fn();
    show({ onChange });
    const field = root.querySelector('#add-site')!;
    const add = () => fire(root.querySelector('form.add-site')!, 'submit');
    type(field, 'not a <site>');
    add();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('“not a <site>” is not a site name');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('site')).toBeNull();
    type(field, 'www.example.com');
    add();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('example.com is already on the list.');
    type(field, 'blog.news.test');
    add();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('blog.news.test is already covered by news.test.');
    expect(onChange).not.toHaveBeenCalled();
    type(field, 'apnews.com');
    add();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('says when there are no sites off', () => {
    expect(show({ settings: DEFAULT_SETTINGS }).querySelector('.sites')?.textContent).toContain('None: Triangulate reads every site.');
  });

  it('shows whether the last change was saved, next to the control that was changed, in a live region', () => {
    show();
    fire(radio('theme', 'dark'), 'change');
    let el = show({ status: { ok: true, text: 'Saved' } });
    const saved = [...el.querySelectorAll('.status[role="status"]')].filter((s) => s.textContent);
    expect(saved.map((s) => s.closest('fieldset')?.querySelector('input')?.getAttribute('name'))).toEqual(['theme']);
    expect(saved[0].getAttribute('aria-live')).toBe('polite');
    el = show({ status: { ok: false, text: 'Could not save' } });
    expect(el.querySelector('.status.error')?.textContent).toBe('Could not save');
  });
});
