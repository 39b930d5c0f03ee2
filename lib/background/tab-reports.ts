// What is known of each tab, kept in session storage: a service worker stopped for idling starts
// empty, and must still answer the popup.
import type { TabReport } from '../messages';

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
