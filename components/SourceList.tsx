import type { StorySources } from '../lib/stories';
import type { Loaded } from './Loaded';
import { plural } from '../lib/text/plural';

export interface SourceListProps {
  sources: Loaded<StorySources>;
}


/** A story's articles (or every story's), with what each states about itself; each opens in
 * the sources page. */
export function SourceList({ sources }: SourceListProps) {
  if (sources.status === 'loading') return <p class="note">Loading sources…</p>;
  if (sources.status === 'failed') return <p class="note error">Could not load the sources. Close and reopen this popup.</p>;
  const { story, sources: list } = sources.value;
  if (!list.length) return <p class="note">The corpus has no sources yet.</p>;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">
        {story ? `Sources of “${story.title}”` : 'Sources of every story'} ({list.length})
      </h2>
      <ul class="sources">
        {list.map((s) => (
          <li key={s.id}>
            {/* Untitled articles show their opening words, set apart so they do not pass for a title. */}
            <a
              class={s.title ? 'title' : 'title untitled'}
              href={`sources.html?source=${encodeURIComponent(s.id)}`}
              target="_blank"
            >
              {s.label}
            </a>
            <span class="meta">
              {[s.outlet, s.date, plural(s.sentences, 'sentence')].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
