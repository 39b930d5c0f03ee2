import { Notice, type NoticeView } from './Notice';
import { trusted } from './trusted';

export interface PageNotesProps {
  selfLabel: string | null;
  truncated: boolean;
  notice: NoticeView | null;
  /** Show the legend of the page's marks (once the page is checked). */
  legend: boolean;
}

/** What the reader should know about this page's check, and what the marks in it mean. */
export function PageNotes({ selfLabel, truncated, notice, legend }: PageNotesProps) {
  return (
    <>
      {selfLabel && <p class="note">This page is one of the sources ({selfLabel}); it is not counted as its own evidence.</p>}
      {truncated && <p class="note">This article is very long: only its first part was checked.</p>}
      <Notice notice={notice} at="cards" />
      {legend && (
        <details class="marks-legend">
          <summary>Marks in the page</summary>
          <p>
            <span class="mark-sample mark-corroborated">solid underline</span> corroborated ·{' '}
            <span class="mark-sample mark-varying">dashed</span> varying ·{' '}
            <span class="mark-sample mark-unique">dotted</span> unique. Click a mark to see its card.
          </p>
        </details>
      )}
    </>
  );
}

export interface ReportActionsProps {
  disabled: boolean;
  notice: NoticeView | null;
  onCopy(): void;
  onDownload(): void;
}

/** Copy and download the report, each confirmed beside its own button. */
export function ReportActions({ disabled, notice, onCopy, onDownload }: ReportActionsProps) {
  return (
    <footer class="foot">
      <span class="control">
        <button type="button" onClick={trusted(onCopy)} disabled={disabled}>
          Copy report
        </button>
        <Notice notice={notice} at="copy" />
      </span>
      <span class="control">
        <button type="button" onClick={trusted(onDownload)} disabled={disabled}>
          Download .md
        </button>
        <Notice notice={notice} at="download" />
      </span>
    </footer>
  );
}
