// What is known of each tab, kept in session storage: a service worker stopped for idling starts
// empty, and must still answer the popup.

/** What the detector found on a tab's page. */
export interface TabState {
  /** Coverage score in [0, 1] (lib/detect.ts). */
  score: number;
  detected: boolean;
  /** The story the page covers (its id), or null. */
  story: string | null;
}
/** What the sidebar found on a tab's page, once it has checked the claims. */
export interface TabCounts {
  corroborated: number;
  varying: number;
  unique: number;
}
/** A tab as the popup shows it. */
export interface TabReport extends TabState {
  counts: TabCounts | null;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabReports {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport | null): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export function createTabReports(area: SessionArea): TabReports {
  return {
    async get(tabId) {
      return ((await area.get(keyOf(tabId)))[keyOf(tabId)] as TabReport | undefined) ?? null;
    },
    // A storage failure loses a tooltip, never the page: it is not passed on.
    set: (tabId, report) => (report ? area.set({ [keyOf(tabId)]: report }) : area.remove(keyOf(tabId))).catch(() => {}),
  };
}
