import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, loadSettings, normalizeHost, saveSettings, SETTINGS_KEY, siteListed, toggleSite, validateSettings, type SettingsStore,
} from '../../lib/settings';

function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('validateSettings', () => {
  it('gives the defaults for nothing, junk and the wrong shape', () => {
    for (const stored of [undefined, null, 42, 'x', [], { strictness: 7 }]) expect(validateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good fields and replaces each bad one with its default', () => {
    const s = validateSettings({ strictness: 'strict', theme: 'purple', autoOpen: 'yes', highlights: false, placement: 'overlay', tabPosition: 1.5, disabledSites: ['Example.com', 3, 'https://www.News.org/x', '!!'] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, strictness: 'strict', highlights: false, placement: 'overlay', disabledSites: ['example.com', 'news.org'] });
    expect(validateSettings({ tabPosition: 0.25 }).tabPosition).toBe(0.25);
    expect(validateSettings({ tabPosition: '0.25' }).tabPosition).toBe(DEFAULT_SETTINGS.tabPosition);
  });
});

describe('feed and pool settings', () => {
  it('keeps learning from reading off and the pool at 5,000 articles and 30 days unless set', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ learnFromReading: false, poolMaxArticles: 5000, poolMaxDays: 30 });
    expect(validateSettings({ learnFromReading: true, poolMaxArticles: 200, poolMaxDays: 7 })).toMatchObject({ learnFromReading: true, poolMaxArticles: 200, poolMaxDays: 7 });
  });

  it('refuses limits out of range, fractional or of another type', () => {
    for (const bad of [0, -5, 99, 50_001, 1.5, '300', NaN, Infinity, null]) expect(validateSettings({ poolMaxArticles: bad }).poolMaxArticles).toBe(5000);
    for (const bad of [0, 366, 2.5, '7', true]) expect(validateSettings({ poolMaxDays: bad }).poolMaxDays).toBe(30);
    expect(validateSettings({ learnFromReading: 'yes' }).learnFromReading).toBe(false);
  });
});

describe('hosts', () => {
  it('normalizes addresses and host names, and refuses junk', () => {
    expect(normalizeHost('https://www.Example.com/path?q=1')).toBe('example.com');
    expect(normalizeHost('News.example.org.')).toBe('news.example.org');
    expect(normalizeHost('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(normalizeHost('http://localhost:3000/x')).toBe('localhost');
    expect(normalizeHost('not a host')).toBe('');
    expect(normalizeHost('http://')).toBe('');
  });

  it('lists a site and its subdomains, not look-alikes', () => {
    expect(siteListed(['example.com'], 'news.example.com')).toBe(true);
    expect(siteListed(['example.com'], 'www.example.com')).toBe(true);
    expect(siteListed(['example.com'], 'badexample.com')).toBe(false);
  });

  it('switching a subdomain back on drops the entry that covered it', () => {
    expect(toggleSite(['example.com', 'other.org'], 'news.example.com', false)).toEqual(['other.org']);
    expect(toggleSite(['other.org'], 'https://www.news.example.com/', true)).toEqual(['other.org', 'news.example.com']);
    expect(toggleSite(['other.org'], '???', true)).toEqual(['other.org']);
  });
});

describe('loadSettings / saveSettings', () => {
  it('reads defaults from an empty store and a bad stored value alike', async () => {
    expect(await loadSettings(memoryStore())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryStore({ [SETTINGS_KEY]: 'garbage' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults when the store itself fails', async () => {
    const broken: SettingsStore = { get: () => Promise.reject(new Error('quota')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch over what is stored, validated', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { theme: 'dark' } });
    const next = await saveSettings(store, { strictness: 'lenient', autoOpen: false });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', strictness: 'lenient', autoOpen: false });
    expect(store.data[SETTINGS_KEY]).toEqual(next);
  });

  it('builds a change from the stored settings when given a function', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { disabledSites: ['a.org'] } });
    await saveSettings(store, (s) => ({ disabledSites: [...s.disabledSites, 'b.org'] }));
    expect((store.data[SETTINGS_KEY] as { disabledSites: string[] }).disabledSites).toEqual(['a.org', 'b.org']);
  });
});
