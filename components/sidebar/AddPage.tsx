import { trusted } from './trusted';

export interface AddPageView {
  /** The story's title. */
  story: string;
  /** `added`: kept just now, from this sidebar; `already`: a source before the page was opened. */
  state: 'ready' | 'adding' | 'already' | 'added';
  /** Why the last try failed. */
  message: string | null;
}

/** Keeping this page as a source of its story: one line, one state at a time. */
export function AddPage({ view, onAdd }: { view: AddPageView; onAdd?(): void }) {
  const said = view.state === 'already' ? 'Already a source of this story.' : view.state === 'added' ? `Added to “${view.story}”.` : null;
  return (
    <p class="add-page">
      {said ? (
        <span class="note" role="status">
          {said}
        </span>
      ) : (
        <>
          <button type="button" data-action="add-page" disabled={view.state === 'adding'} onClick={trusted(() => onAdd?.())}>
            Add this page to {view.story}
          </button>
          {view.message && (
            <span class="note" role="status">
              {view.message}
            </span>
          )}
        </>
      )}
    </p>
  );
}
