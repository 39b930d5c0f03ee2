import { sourceLabel, type CorpusSource } from '../lib/corpus';
import { originCounts, SOURCE_ORIGIN_LABEL, STORY_ORIGIN_LABEL } from '../lib/origins';
import type { StoryRow } from '../lib/stories';
import type { Loaded } from './Loaded';
import { Marked } from './Marked';
import { findPassage } from '../lib/text/passage';
import { plural } from '../lib/text/plural';

export type SourceArticle = Pick<CorpusSource, 'id' | 'title' | 'outlet' | 'date' | 'url' | 'text' | 'sentences'>;

export interface SourcesPageProps {
  /** Every story with its sources and where each came from: the list. */
  stories: Loaded<StoryRow[]>;
  /** The articles' texts, for the one shown. */
  sources: SourceArticle[];
  /** The article to show (?source=); null lists them all. */
  source: string | null;
  /** The cited passage to mark in it (?passage=). */
  passage: string | null;
  /** The claim's own words or figure within the passage (?words=): marked instead of the
   * whole sentence when found there. */
  words?: string | null;
}

const LIST_HREF = 'sources.html';
// The header's url is checked at build time; checked again because it becomes a link.
const safeUrl = (url: string) => (/^https?:\/\/\S+$/.test(url) ? url : '');

/** The corpus reader: the list of articles, or one article with a cited passage marked. */
export function SourcesPage({ stories, sources, source, passage, words = null }: SourcesPageProps) {
  if (source === null) return <SourceIndex stories={stories} />;
  const article = sources.find((s) => s.id === source);
  if (!article) {
    return (
      <main class="page">
        <h1>Source not found</h1>
        <p>
          No article with the id “{source}” is in Triangulate's sources. The link may come from an older
          version of the extension.
        </p>
        <p>
          <a href={LIST_HREF}>See all sources</a>
        </p>
      </main>
    );
  }
  const row = stories.status === 'ready' ? stories.value.find((r) => r.sources.some((x) => x.id === article.id)) : undefined;
  const origin = row?.sources.find((x) => x.id === article.id)?.origin;
  return <ArticleView article={article} story={row && origin ? `${row.story.title} (${SOURCE_ORIGIN_LABEL[origin]})` : ''} passage={passage} words={words} />;
}

/** Every story's sources, story by story, each saying where it came from. */
function SourceIndex({ stories }: { stories: Loaded<StoryRow[]> }) {
  return (
    <main class="page">
      <h1>Sources</h1>
      <p class="intro">
        The articles Triangulate checks quotes and figures against, story by story: bundled with the extension, in
        story packs you imported, or pages you added. All of them are kept in your browser: nothing is fetched.
      </p>
      {stories.status === 'loading' && <p class="note">Loading the sources…</p>}
      {stories.status === 'failed' && <p class="note error">Could not read the sources. Reload this page.</p>}
      {stories.status === 'ready' && !stories.value.length && <p class="note">There are no stories yet.</p>}
      {stories.status === 'ready' && stories.value.map((row) => <StorySources key={row.story.id} row={row} />)}
    </main>
  );
}

function StorySources({ row }: { row: StoryRow }) {
  const heading = `story-${row.story.id}`;
  return (
    <section class="story" data-story={row.story.id} data-origin={row.origin} aria-labelledby={heading}>
      <h2 id={heading}>{row.story.title}</h2>
      <p class="meta story-meta">
        {[`${plural(row.sources.length, 'source')}, ${originCounts(row.sources)}`, STORY_ORIGIN_LABEL[row.origin], row.enabled ? '' : 'switched off'].filter(Boolean).join(' · ')}
      </p>
      <ul class="source-index">
        {row.sources.map((s) => {
          const url = safeUrl(s.url ?? '');
          return (
            <li key={s.id} data-source={s.id} data-origin={s.origin}>
              {/* Untitled articles show their opening words, set apart so they do not pass for a title. */}
              <a class={s.title ? 'title' : 'title untitled'} href={`${LIST_HREF}?source=${encodeURIComponent(s.id)}`}>
                {s.label}
              </a>
              <span class="meta">{[s.outlet, s.date, plural(s.sentences, 'sentence'), SOURCE_ORIGIN_LABEL[s.origin]].filter(Boolean).join(' · ')}</span>
              {url && <span class="url">{url}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The claim's words inside the found passage, else the passage itself. */
function markedRange(text: string, passage: [number, number] | null, words: string | null): [number, number] | null {
  if (!passage || !words) return passage;
  const at = text.slice(passage[0], passage[1]).toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? passage : [passage[0] + at, passage[0] + at + words.length];
}

function ArticleView({ article, story, passage, words }: { article: SourceArticle; story: string; passage: string | null; words: string | null }) {
  const url = safeUrl(article.url);
  const found = markedRange(article.text, passage ? findPassage(article.text, passage) : null, words);
  // Paragraphs are the body's lines; offsets are kept so the passage can be marked across them.
  let offset = 0;
  const paragraphs = article.text.split('\n').map((text) => {
    const p = { text, offset };
    offset += text.length + 1;
    return p;
  });
  return (
    <main class="page">
      <nav>
        <a href={LIST_HREF}>← All sources</a>
      </nav>
      <article data-source={article.id}>
        <header>
          <h1 class={article.title ? '' : 'untitled'}>{sourceLabel(article)}</h1>
          <dl class="about" data-about>
            <dt>Title</dt>
            <dd>{article.title || 'Not stated (the opening words are shown above)'}</dd>
            <dt>Outlet</dt>
            <dd>{article.outlet || 'Not stated'}</dd>
            <dt>Date</dt>
            <dd>{article.date || 'Not stated'}</dd>
            <dt>Address</dt>
            <dd>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url}
                </a>
              ) : (
                'Not stated'
              )}
            </dd>
            {story && (
              <>
                <dt>Story</dt>
                <dd>{story}</dd>
              </>
            )}
          </dl>
        </header>
        {passage && (
          <p class={found ? 'note' : 'note missing'} role="status">
            {found ? (
              'The cited words are marked below.'
            ) : (
              <>The cited passage, “{passage}”, is not in this article as it stands. It may have been shortened or reworded on the way here.</>
            )}
          </p>
        )}
        <div class="body">
          {paragraphs.map((p) => {
            if (!p.text.trim()) return null;
            const start = found ? Math.max(found[0], p.offset) - p.offset : 0;
            const end = found ? Math.min(found[1], p.offset + p.text.length) - p.offset : 0;
            return (
              <p key={p.offset}>
                <Marked text={p.text} marks={end > start ? [[start, end]] : []} markClass="passage" />
              </p>
            );
          })}
        </div>
      </article>
    </main>
  );
}
