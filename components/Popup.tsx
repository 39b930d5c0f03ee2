import type { StorySources } from '../lib/stories';
import type { TabReport } from '../lib/background/tab-reports';
import type { SearchResult } from '../lib/search';
import type { Loaded } from './Loaded';
import { Search, type SearchState } from './Search';
import { SourceList } from './SourceList';
import { TabStatus } from './TabStatus';

export interface PopupProps {
  tab: Loaded<TabReport | null>;
  /** The active tab's site and whether Triangulate is off there; null: not a web page, or not known yet. */
  site: { host: string; off: boolean } | null;
  sources: Loaded<StorySources>;
  query: string;
  search: SearchState;
  onQuery(query: string): void;
  onOpenResult(result: SearchResult): void;
  onOpenSidebar(): void;
  /** Cross-checks the text selected in the tab. */
  onCrossCheck(): void;
  onSiteOff(off: boolean): void;
  onOptions(): void;
  /** After "Add this page": what happened (null: not asked yet). */
  added?: { ok: boolean; text: string } | null;
  onAddPage?(): void;
}

export function Popup(props: PopupProps) {
  const { tab, site } = props;
  const coverage = tab.status === 'ready' && !!tab.value?.detected;
  // While the reader searches, the results take the popup's height: the tab's actions, the keys
  // and the list of sources step aside (clearing the search brings them back).
  const searching = props.search.status !== 'idle';
  return (
    <main class="popup">
      <header class="head">
        <h1>Triangulate</h1>
        <button type="button" class="link" onClick={props.onOptions}>
          Options
        </button>
      </header>
      <TabStatus tab={tab} storyTitle={props.sources.status === 'ready' ? props.sources.value.story?.title : null} />
      {(site || coverage) && !searching && (
        <div class="tab-actions">
          {/* Off means off: the sidebar is not offered on a site the reader switched off. */}
          {coverage && !site?.off && (
            <button type="button" onClick={props.onOpenSidebar}>
              Open sidebar
            </button>
          )}
          {coverage && !site?.off && props.sources.status === 'ready' && props.sources.value.story && !props.added?.ok && (
            <button type="button" data-action="add-page" onClick={() => props.onAddPage?.()}>
              Add this page to {props.sources.value.story.title}
            </button>
          )}
          {props.added && (
            <p class={props.added.ok ? 'meta' : 'meta error'} role={props.added.ok ? 'status' : 'alert'}>
              {props.added.text}
            </p>
          )}
          {site && (
            <button type="button" onClick={props.onCrossCheck} title="Look up the text selected in this page (also Alt+Shift+K)">
              Cross-check selection
            </button>
          )}
          {site && (
            <label class="switch">
              <input type="checkbox" role="switch" checked={site.off} onChange={(e) => props.onSiteOff(e.currentTarget.checked)} />
              Off on this site <span class="meta">{site.host}</span>
            </label>
          )}
        </div>
      )}
      {coverage && !site?.off && !searching && (
        <p class="meta keys">
          Keys on the page: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> opens and focuses the sidebar, <kbd>Esc</kbd> folds it away; <kbd>Alt</kbd>+
          <kbd>Shift</kbd>+<kbd>K</kbd> cross-checks the selection.
        </p>
      )}
      <Search query={props.query} search={props.search} onQuery={props.onQuery} onOpen={props.onOpenResult} />
      {!searching && <SourceList sources={props.sources} />}
    </main>
  );
}
