// The sources page: the list of articles, and one article with the cited passage marked.
import { beforeEach, describe, expect, it } from 'vitest';
import { findPassage } from '../../lib/text/passage';
import { sourceLabel } from '../../lib/corpus';
import { SourcesPage, type SourceArticle } from '../../components/SourcesPage';
import type { SourceOrigin } from '../../lib/origins';
import type { StoryRow } from '../../lib/stories';
import { freshDocument, show as render } from './support/dom';

let root: HTMLElement;

beforeEach(() => {
  root = freshDocument();
});

const text = [
  'New NATO Chief Rutte Says He’s ‘Not Concerned’',
  'Outgoing NATO chief Jens Stoltenberg affirmed that the alliance was in “safe hands” with Rutte.',
  '',
  '“NATO will be in safe hands.”',
  'He added: “I know both candidates very well.”',
].join('\n');

const sources: SourceArticle[] = [
  { id: '004_x', title: 'New NATO Chief Rutte Says', outlet: '', date: '', url: '', text, sentences: [[0, 10], [11, 20], [21, 30]] },
  { id: '001_y', title: '', outlet: 'Reuters', date: '2024-10-01', url: 'https://example.com/a', text: 'Mark Rutte, the former Prime Minister of the Netherlands, took over.', sentences: [[0, 20]] },
  { id: '002_z', title: 'Bad link', outlet: '', date: '', url: 'javascript:alert(1)', text: 'Text.', sentences: [[0, 5]] },
];

const summary = (a: SourceArticle, origin: SourceOrigin) => ({ id: a.id, title: a.title, label: sourceLabel(a), outlet: a.outlet, date: a.date, url: a.url, sentences: a.sentences.length, origin });
const meta = (id: string, title: string) => ({ id, title, summary: '', from: '2024-10-01', to: '2024-10-01', language: 'en' });
const rows: StoryRow[] = [
  { story: meta('handover', 'NATO leadership handover'), origin: 'bundled', enabled: true, recognition: null, sources: [summary(sources[0], 'bundled'), summary(sources[1], 'added')], found: null },
  { story: meta('wires', 'A pack of wires'), origin: 'imported', enabled: false, recognition: null, sources: [summary(sources[2], 'imported')], found: null },
];
const stories = { status: 'ready', value: rows } as const;

const show = (source: string | null, passage: string | null = null) =>
  render(root, <SourcesPage stories={stories} sources={sources} source={source} passage={passage} />);

describe('SourcesPage list', () => {
  it('groups the sources by story, each story and source saying where it came from', () => {
    show(null);
    const groups = [...root.querySelectorAll('section[data-story]')];
    expect(groups.map((g) => [g.getAttribute('data-story'), g.getAttribute('data-origin'), g.querySelector('h2')?.textContent])).toEqual([
      ['handover', 'bundled', 'NATO leadership handover'],
      ['wires', 'imported', 'A pack of wires'],
    ]);
    expect(groups.map((g) => g.querySelector('.story-meta')?.textContent)).toEqual([
      '2 sources, 1 bundled, 1 added by you · bundled story',
      '1 source, all imported · imported story · switched off',
    ]);
    expect(groups.map((g) => [...g.querySelectorAll('li')].map((li) => li.getAttribute('data-origin')))).toEqual([['bundled', 'added'], ['imported']]);
    expect(root.querySelector('.intro')?.textContent).not.toMatch(/They are bundled/);
  });

  it('says when the list is loading or could not be read', () => {
    expect(render(root, <SourcesPage stories={{ status: 'loading' }} sources={[]} source={null} passage={null} />).textContent).toContain('Loading the sources');
    expect(render(root, <SourcesPage stories={{ status: 'failed' }} sources={[]} source={null} passage={null} />).textContent).toContain('Could not read the sources');
  });

  it('lists every article with what it states, each linking to its view', () => {
    show(null);
    const items = [...root.querySelectorAll('.source-index li')];
    expect(items).toHaveLength(3);
    expect(items[0].querySelector('a.title')?.textContent).toBe('New NATO Chief Rutte Says');
    expect(items[0].querySelector('a.title')?.getAttribute('href')).toBe('sources.html?source=004_x');
    expect(items[0].querySelector('.meta')?.textContent).toBe('3 sentences · bundled');
    expect(items[1].querySelector('a.title.untitled')?.textContent).toBe(sourceLabel(sources[1]));
    expect(items[1].querySelector('.meta')?.textContent).toBe('Reuters · 2024-10-01 · 1 sentence · added by you');
    expect(items[1].querySelector('.url')?.textContent).toBe('https://example.com/a');
    // Only http(s) addresses are shown.
    expect(items[2].querySelector('.url')).toBeNull();
  });
});

describe('SourcesPage article', () => {
  it('shows the article paragraph by paragraph with the passage marked', () => {
    show('004_x', '“NATO will be in safe hands.”');
    expect(root.querySelector('h1')?.textContent).toBe('New NATO Chief Rutte Says');
    const paragraphs = [...root.querySelectorAll('.body p')];
    expect(paragraphs).toHaveLength(4); // the empty line is no paragraph
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['“NATO will be in safe hands.”']);
    expect(marks[0].parentElement).toBe(paragraphs[2]);
    expect(root.querySelector('.note')?.textContent).toBe('The cited words are marked below.');
    expect(root.querySelector('nav a')?.getAttribute('href')).toBe('sources.html');
  });

  it('marks the claim\'s words within the passage, not the whole sentence, and says what the source states', () => {
    render(root, <SourcesPage stories={stories} sources={sources} source="004_x" passage="“NATO will be in safe hands.”" words="safe hands" />);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['safe hands']);
    const about = [...root.querySelectorAll('[data-about] dt')].map((d) => `${d.textContent}: ${d.nextElementSibling?.textContent}`);
    expect(about[0]).toMatch(/^Title: /);
    expect(about.slice(1).map((a) => a.split(':')[0])).toEqual(['Outlet', 'Date', 'Address', 'Story']);
    expect(about[4]).toBe('Story: NATO leadership handover (bundled)');
  });

  it('finds a passage whose spaces or quote marks changed on the way', () => {
    show('004_x', 'the alliance was in  "safe hands" with Rutte.');
    expect(root.querySelector('mark')?.textContent).toBe('the alliance was in “safe hands” with Rutte.');
  });

  it('marks a passage that runs over two paragraphs in each of them', () => {
    show('004_x', 'safe hands.” He added:');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['safe hands.”', 'He added:']);
  });

  it('says calmly when the passage is not in the article, and still shows it', () => {
    show('004_x', 'Rutte promised to double the budget.');
    expect(root.querySelector('mark')).toBeNull();
    expect(root.querySelector('.note.missing')?.textContent).toContain('“Rutte promised to double the budget.”, is not in this article');
    expect(root.querySelectorAll('.body p')).toHaveLength(4);
  });

  it('shows the article without a note when no passage is cited', () => {
    show('001_y');
    expect(root.querySelector('.note')).toBeNull();
    expect(root.querySelector('h1.untitled')).not.toBeNull();
    expect(root.querySelector('[data-about] a')?.getAttribute('href')).toBe('https://example.com/a');
    expect(root.querySelector('[data-about] a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says so for an unknown source, with a way back to the list', () => {
    show('999_<b>nope</b>', 'anything');
    expect(root.querySelector('h1')?.textContent).toBe('Source not found');
    expect(root.textContent).toContain('No article with the id “999_<b>nope</b>”');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBe('sources.html');
  });

  it('renders article text as text, never as markup', () => {
    render(root, <SourcesPage stories={stories} sources={[{ ...sources[0], text: 'A <img src=x onerror=alert(1)> B' }]} source="004_x" passage="<img" />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')?.textContent).toBe('<img');
  });
});

describe('findPassage', () => {
  it('prefers the exact text, then forgives white space and curly quotes only', () => {
    expect(findPassage('a “b”  c', '“b”')).toEqual([2, 5]);
    expect(findPassage('He said ‘no’\n and left', "said 'no' and")).toEqual([3, 17]);
    expect(findPassage('He said no', 'He said No')).toBeNull();
    expect(findPassage('anything', '   ')).toBeNull();
  });
});
