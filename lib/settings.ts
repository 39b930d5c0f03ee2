// The reader's settings: one typed record in storage, validated field by field on every read
// so a bad or stale stored value falls back to its default instead of breaking anything.
import type { Strictness } from './match/strictness';

export type Theme = 'system' | 'light' | 'dark';
export type Placement = 'overlay' | 'side';

export interface Settings {
  /** Host names where Triangulate stays off ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
  strictness: Strictness;
  /** Open the sidebar on coverage pages, or only show the badge. */
  autoOpen: boolean;
  highlights: boolean;
  theme: Theme;
  /** Where the sidebar stands where the window has room for both (lib/sidebar/placement): side
   * narrows the page so no text is covered; overlay sits above the page's right edge. */
  placement: Placement;
  /** Where the slim tab sits along the window's edge, 0 (highest) to 1 (lowest). */
  tabPosition: number;
  /** Sites where the reader collapsed the sidebar to its edge tab. */
  collapsedSites: string[];
  /** Keep the article of each news page the reader opens in the article pool. */
  learnFromReading: boolean;
  /** The pool keeps at most this many articles, oldest out first. */
  poolMaxArticles: number;
  /** Articles older than this many days leave the pool. */
  poolMaxDays: number;
}

export const POOL_ARTICLES_RANGE = { min: 100, max: 50_000 } as const;
export const POOL_DAYS_RANGE = { min: 1, max: 365 } as const;

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  strictness: 'balanced',
  autoOpen: true,
  highlights: true,
  theme: 'system',
  placement: 'side',
  tabPosition: 0.5,
  collapsedSites: [],
  learnFromReading: false,
  poolMaxArticles: 5000,
  poolMaxDays: 30,
};

export const SETTINGS_KEY = 'settings';

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown, fallback: T): T =>
    values.includes(v as T) ? (v as T) : fallback;
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const fraction = (v: unknown, fallback: number) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fallback);
const whole = (range: { min: number; max: number }) => (v: unknown, fallback: number) =>
  Number.isSafeInteger(v) && (v as number) >= range.min && (v as number) <= range.max ? (v as number) : fallback;
const hosts = (v: unknown, fallback: string[]) =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string').map(normalizeHost).filter(Boolean))] : fallback;

/** A stored value of any shape -> valid Settings; every bad field takes its default. */
export function validateSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    disabledSites: hosts(s.disabledSites, d.disabledSites),
    strictness: oneOf<Strictness>('strict', 'balanced', 'lenient')(s.strictness, d.strictness),
    autoOpen: bool(s.autoOpen, d.autoOpen),
    highlights: bool(s.highlights, d.highlights),
    theme: oneOf<Theme>('system', 'light', 'dark')(s.theme, d.theme),
    placement: oneOf<Placement>('overlay', 'side')(s.placement, d.placement),
    tabPosition: fraction(s.tabPosition, d.tabPosition),
    collapsedSites: hosts(s.collapsedSites, d.collapsedSites),
    learnFromReading: bool(s.learnFromReading, d.learnFromReading),
    poolMaxArticles: whole(POOL_ARTICLES_RANGE)(s.poolMaxArticles, d.poolMaxArticles),
    poolMaxDays: whole(POOL_DAYS_RANGE)(s.poolMaxDays, d.poolMaxDays),
  };
}

/** "https://www.Example.com:8080/x" or "Example.com." -> "example.com"; junk -> "". Ports are
 * dropped: sites are compared with location.hostname, which has none. */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return '';
  }
  host = host.replace(/^www\./, '').replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host) ? host : '';
}

/** True when `host` is one of `sites` or a subdomain of one. */
export function siteListed(sites: string[], host: string): boolean {
  const h = normalizeHost(host);
  return sites.some((s) => h === s || h.endsWith('.' + s));
}

/** The part of browser.storage this module needs: easy to fake in tests. */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(store: SettingsStore): Promise<Settings> {
  try {
    return validateSettings((await store.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves a change over what is stored now. Pass a function to build the change from the stored
 * settings themselves, so two tabs changing a list at once do not undo each other. */
export async function saveSettings(store: SettingsStore, patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const current = await loadSettings(store);
  const next = validateSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Adds a host to one of the host lists, or takes out every entry that covers it (switching
 * news.example.com back on must also drop example.com, or the switch would stay off). */
export function toggleSite(list: string[], host: string, on: boolean): string[] {
  const h = normalizeHost(host);
  if (!h) return list;
  const rest = list.filter((s) => (on ? s !== h : !siteListed([s], h)));
  return on ? [...rest, h] : rest;
}
