import { sourceLabel, type CorpusSource } from '../lib/corpus';
import { Marked } from './Marked';
import { findPassage } from '../lib/text/passage';
import { plural } from '../lib/text/plural';

export type SourceArticle = Pick<CorpusSource, 'id' | 'title' | 'outlet' | 'date' | 'url' | 'text' | 'sentences'>;

export interface SourcesPageProps {
  sources: SourceArticle[];
  /** The article to show (?source=); null lists them all. */
  source: string | null;
  /** The cited passage to mark in it (?passage=). */
  passage: string | null;
}

const LIST_HREF = 'sources.html';
const meta = (s: SourceArticle) => [s.outlet, s.date, plural(s.sentences.length, 'sentence')].filter(Boolean).join(' · ');
// The header's url is checked at build time; checked again because it becomes a link.
const safeUrl = (url: string) => (/^https?:\/\/\S+$/.test(url) ? url : '');

/** The corpus reader: the list of articles, or one article with a cited passage marked. */
export function SourcesPage({ sources, source, passage }: SourcesPageProps) {
  if (source === null) return <SourceIndex sources={sources} />;
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
  return <ArticleView article={article} passage={passage} />;
}

function SourceIndex({ sources }: { sources: SourceArticle[] }) {
  return (
    <main class="page">
      <h1>Sources</h1>
      <p class="intro">
        The articles Triangulate checks quotes and figures against. They are bundled with the extension: nothing
        is fetched.
      </p>
      {sources.length === 0 ? (
        <p class="note">The corpus has no sources yet.</p>
      ) : (
        <ul class="source-index">
          {sources.map((s) => {
            const url = safeUrl(s.url);
            return (
              <li key={s.id} data-source={s.id}>
                {/* Untitled articles show their opening words, set apart so they do not pass for a title. */}
                <a class={s.title ? 'title' : 'title untitled'} href={`${LIST_HREF}?source=${encodeURIComponent(s.id)}`}>
                  {sourceLabel(s)}
                </a>
                <span class="meta">{meta(s)}</span>
                {url && <span class="url">{url}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}

function ArticleView({ article, passage }: { article: SourceArticle; passage: string | null }) {
  const url = safeUrl(article.url);
  const found = passage ? findPassage(article.text, passage) : null;
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
          <p class="meta">{meta(article)}</p>
          {url && (
            <p class="url">
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            </p>
          )}
        </header>
        {passage && (
          <p class={found ? 'note' : 'note missing'} role="status">
            {found ? (
              'The cited passage is marked below.'
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
