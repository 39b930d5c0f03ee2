import { originCounts, SOURCE_ORIGIN_LABEL, STORY_ORIGIN_LABEL } from '../lib/origins';
import { recognitionNote } from '../lib/recognition';
import type { StoryRow } from '../lib/stories';
import { plural } from '../lib/text/plural';
import type { Loaded } from './Loaded';

export interface StoriesSectionProps {
  stories: Loaded<StoryRow[]>;
  /** The outcome of the last action, one sentence: beside the import control (story null) or
   * in its story's row. A new outcome replaces the last. */
  status: { story: string | null; ok: boolean; text: string } | null;
  onImport(file: File): void;
  onExport(story: string): void;
  onEnable(story: string, on: boolean): void;
  onRemoveSource(story: string, source: string): void;
  /** A found story: the reader's name for it, keep it (it never expires), delete it. */
  onRename(story: string, title: string): void;
  onKeep(story: string, keep: boolean): void;
  onDelete(story: string): void;
}

/** What each row's data-origin says: a bundled story, an imported pack, a story found in the pool. */
const ORIGIN_ATTRIBUTE: Record<StoryRow['origin'], string> = { bundled: 'bundled', imported: 'pack', found: 'found' };

/** The stories Triangulate knows, each with its sources: switch a story off, export it as a
 * pack, remove a source you added, import a pack; rename, keep or delete a found story. Every
 * text here is shown as text. */
export function StoriesSection(props: StoriesSectionProps) {
  const { stories } = props;
  return (
    <section class="stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading">Stories and sources</h2>
      <div class="import">
        <label>
          Import a story pack (.json)
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-pack"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {props.status && props.status.story === null && (
          <p class={props.status.ok ? 'status ok' : 'status error'} role={props.status.ok ? 'status' : 'alert'}>
            {props.status.text}
          </p>
        )}
      </div>
      {stories.status === 'loading' && <p class="note">Loading stories…</p>}
      {stories.status === 'failed' && <p class="note error">Could not load the stories. Reload this page.</p>}
      {stories.status === 'ready' && (
        <ul class="story-list">
          {stories.value.map((row) => (
            <li
              key={row.story.id}
              data-story={row.story.id}
              data-origin={ORIGIN_ATTRIBUTE[row.origin]}
              {...(row.found ? { 'data-articles': row.found.articles, 'data-kept': String(row.found.kept) } : {})}
            >
              <div class="story-head">
                <label class="switch">
                  <input type="checkbox" role="switch" checked={row.enabled} onChange={(e) => props.onEnable(row.story.id, e.currentTarget.checked)} />
                  <span class="story-title">{row.story.title}</span>
                </label>
                <span class="meta">
                  {plural(row.sources.length, 'source')}, {originCounts(row.sources)} · {row.story.from === row.story.to ? row.story.from : `${row.story.from} – ${row.story.to}`} ·{' '}
                  {STORY_ORIGIN_LABEL[row.origin]}
                </span>
                <button type="button" data-action="export-pack" onClick={() => props.onExport(row.story.id)}>
                  Export pack
                </button>
              </div>
              {row.found && <FoundControls row={row} found={row.found} {...props} />}
              {row.recognition && (
                <p class="status warning" data-warning>
                  {recognitionNote(row.recognition)}
                </p>
              )}
              {props.status?.story === row.story.id && (
                <p class={props.status.ok ? 'status' : 'status error'} role={props.status.ok ? 'status' : 'alert'}>
                  {props.status.text}
                </p>
              )}
              <ul class="source-list">
                {row.sources.map((s) => (
                  <li key={s.id} data-source={s.id} data-url={s.url ?? ''}>
                    <span class={s.title ? 'title' : 'title untitled'}>{s.label}</span>
                    <span class="meta">{[s.outlet, s.date, SOURCE_ORIGIN_LABEL[s.origin]].filter(Boolean).join(' · ')}</span>
                    {(s.origin === 'imported' || s.origin === 'added') && (
                      <button type="button" data-action="remove-source" onClick={() => props.onRemoveSource(row.story.id, s.id)} aria-label={`Remove ${s.label}`}>
                        Remove
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A found story's outlets, and its rename, keep and delete controls. */
function FoundControls(props: StoriesSectionProps & { row: StoryRow; found: NonNullable<StoryRow['found']> }) {
  const { row, found } = props;
  return (
    <div class="found">
      <p class="meta" data-outlets>
        {plural(found.articles, 'article')} from {found.outlets.join(', ')}
      </p>
      <form
        data-action="rename-story"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.querySelector<HTMLInputElement>('input[name="title"]');
          if (input) props.onRename(row.story.id, input.value);
        }}
      >
        <input name="title" aria-label={`Name of ${row.story.title}`} defaultValue={row.story.title} maxLength={200} required />
        <button type="submit">Rename</button>
      </form>
      <label>
        <input type="checkbox" data-action="keep-story" checked={found.kept} onChange={(e) => props.onKeep(row.story.id, e.currentTarget.checked)} />
        Keep (it never expires, and stays when the pool is forgotten)
      </label>
      <button type="button" data-action="delete-story" onClick={() => props.onDelete(row.story.id)}>
        Delete
      </button>
    </div>
  );
}
