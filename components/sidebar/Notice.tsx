/** A confirmation, and the control it answers ("copy", "download", or "cards" for the list). */
export interface NoticeView {
  text: string;
  at: string;
}

/** A live region next to a control: always there, so screen readers announce what lands in it. */
export function Notice({ notice, at }: { notice: NoticeView | null; at: string }) {
  return (
    <span class={`notice notice-${at}`} role="status" aria-live="polite">
      {notice?.at === at ? notice.text : ''}
    </span>
  );
}
