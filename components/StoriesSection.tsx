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
}

/** The stories Triangulate knows, each with its sources: switch a story off, export it as a
 * pack, remove a source you added, import a pack. Every text here is shown as text. */
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
            <li key={row.story.id} data-story={row.story.id}>
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
                  <li key={s.id} data-source={s.id}>
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
