import { useRef, useState } from 'preact/hooks';
import { MAX_QUERY_CHARS } from '../lib/limits';
import { excerpt, sourcesLine, type SearchKind, type SearchResult } from '../lib/search';
import { Marked } from './Marked';

/** The last answer to the reader's query; a newer query replaces it only when its answer comes. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'ready'; query: string; results: SearchResult[] }
  | { status: 'failed' };

export interface SearchProps {
  query: string;
  search: SearchState;
  onQuery(query: string): void;
  onOpen(result: SearchResult): void;
}

// About two lines of the popup: five passages or more stand in view at its full height.
const PASSAGE_CHARS = 120;
const KIND: Record<SearchKind, string> = { quote: 'Quote', figure: 'Figure', sentence: 'Sentence' };

/** Corpus search as a combobox: typing searches, arrows move through the passages found (each
 * once, with every source that holds it), Enter (or a click) opens its first source in the
 * sources page. */
export function Search({ query, search, onQuery, onOpen }: SearchProps) {
  const results = search.status === 'ready' ? search.results : [];
  // The selection belongs to one list of results: a new list starts at its first passage.
  const [selection, setSelection] = useState({ results, index: 0 });
  const index = selection.results === results ? selection.index : 0;
  const list = useRef<HTMLUListElement>(null);

  const move = (by: number) => {
    const next = Math.min(Math.max(index + by, 0), results.length - 1);
    setSelection({ results, index: next });
    list.current?.children[next]?.scrollIntoView?.({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!results.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(results[index]);
    }
  };

  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="search-input">
        Search the sources
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={results.length > 0}
        aria-activedescendant={results.length ? `result-${index}` : undefined}
        autofocus
        autocomplete="off"
        spellcheck={false}
        maxLength={MAX_QUERY_CHARS}
        placeholder="A quote, a name, a number…"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p class={search.status === 'failed' ? 'search-status note error' : 'search-status note'} role="status">
        {search.status === 'idle'
          ? "Type a few words to find them in the sources' quotes, figures and sentences."
          : search.status === 'failed'
            ? 'Could not search the sources. Close and reopen this popup.'
            : results.length
              ? `${results.length} passage${results.length === 1 ? '' : 's'} · ↑ ↓ to choose, Enter to open`
              : `No passage in the sources matches “${search.query}”.`}
      </p>
      <ul id="search-results" class="results" role="listbox" aria-label="Passages found" ref={list}>
        {results.map((r, i) => (
          <li
            key={`${r.source}:${r.start}`}
            id={`result-${i}`}
            class={i === index ? 'result selected' : 'result'}
            role="option"
            aria-selected={i === index}
            data-result={r.kind}
            data-source={r.source}
            data-sources={r.sources.length}
            onClick={() => onOpen(r)}
          >
            <p class="passage">
              <Marked {...excerpt(r.text, r.marks, PASSAGE_CHARS)} />
            </p>
            <p class="meta">
              <span class="kind">{KIND[r.kind]}</span>
              {r.speaker && <span class="speaker"> · {r.speaker}</span>}
              <span class="where" title={r.sources.map((x) => [x.label, x.outlet].filter(Boolean).join(', ')).join('\n')}>
                {` · ${sourcesLine(r.sources)}`}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
