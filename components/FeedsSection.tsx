import type { PoolStats } from '../lib/article-pool';
import type { FeedRow } from '../lib/feeds/schedule';
import { POOL_ARTICLES_RANGE, POOL_DAYS_RANGE, type Settings } from '../lib/settings';
import { plural } from '../lib/text/plural';
import type { Loaded } from './Loaded';

export interface FeedsSectionProps {
  feeds: Loaded<FeedRow[]>;
  pool: PoolStats | null;
  /** null until read from storage. */
  settings: Settings | null;
  /** The outcome of the last action, one sentence; a new one replaces it. */
  status: { ok: boolean; text: string } | null;
  /** While a feed is being read: the controls wait. */
  busy: boolean;
  onAdd(url: string): void;
  onRemove(url: string): void;
  onRefresh(): void;
  onForget(): void;
  onChange(patch: Partial<Settings>): void;
}

const time = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The feeds the reader follows, learning from reading, and the article pool with its limits.
 * Every text a feed or page supplied is shown as text. */
export function FeedsSection(props: FeedsSectionProps) {
  const { feeds, pool, settings, status, busy } = props;
  return (
    <section class="feeds" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds and reading</h2>
      <p class="note">
        Articles from the feeds you follow, and (if you switch it on) from the news pages you read, are kept in this browser, in an article pool
        where Triangulate finds stories of its own. Nothing about you is sent anywhere: a feed is fetched at most once every 30 minutes, with
        plain requests for the feed and the articles it lists, without your cookies.
      </p>
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.querySelector<HTMLInputElement>('[data-action="feed-url"]')!;
          if (input.value.trim()) props.onAdd(input.value);
          input.value = '';
        }}
      >
        <label for="feed-url">Feed address (RSS or Atom)</label>
        <input id="feed-url" name="feed-url" type="url" inputMode="url" placeholder="https://example.com/feed.xml" data-action="feed-url" />
        <button type="submit" data-action="add-feed" disabled={busy}>
          Follow
        </button>
        <button type="button" data-action="refresh-feeds" disabled={busy || feeds.status !== 'ready' || !feeds.value.length} onClick={props.onRefresh}>
          Read all now
        </button>
      </form>
      <p class={status && !status.ok ? 'status error' : 'status'} role={status && !status.ok ? 'alert' : 'status'} data-feeds-status>
        {status?.text ?? ''}
      </p>
      {feeds.status === 'failed' && <p class="note error">Could not load the feeds. Reload this page.</p>}
      {feeds.status === 'ready' && (
        <ul class="feed-list">
          {feeds.value.map((f) => (
            <li key={f.url} data-feed={f.url} data-status={f.status} data-items={f.items}>
              <span class="title">{f.title || f.url}</span>
              <span class="meta">
                {[f.title ? f.url : '', f.fetchedAt === null ? 'not read yet' : `read ${time(f.fetchedAt)}`, plural(f.items, 'item')].filter(Boolean).join(' · ')}
              </span>
              <p class={f.status === 'error' ? 'status error' : 'status'} data-line>
                {f.line}
              </p>
              <button type="button" data-action="remove-feed" disabled={busy} onClick={() => props.onRemove(f.url)} aria-label={`Stop following ${f.title || f.url}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {settings && <Reading settings={settings} onChange={props.onChange} />}
      <Pool {...props} pool={pool} settings={settings} />
    </section>
  );
}

function Reading({ settings, onChange }: { settings: Settings; onChange: FeedsSectionProps['onChange'] }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        data-setting="learn-from-reading"
        checked={settings.learnFromReading}
        aria-describedby="learn-hint"
        onChange={(e) => onChange({ learnFromReading: e.currentTarget.checked })}
      />
      <span>
        Learn from my reading
        <span class="hint" id="learn-hint">
          When a page you open is a news article, its text joins the pool, with only what the page states about it: its title, site, date and
          address. Nothing else about the page or your visit is kept, and nothing is sent anywhere. Sites where Triangulate is off are skipped.
        </span>
      </span>
    </label>
  );
}

function Pool({ pool, settings, busy, onForget, onChange }: FeedsSectionProps) {
  const limit = (key: 'poolMaxArticles' | 'poolMaxDays', range: { min: number; max: number }) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).valueAsNumber;
    if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) onChange({ [key]: value });
  };
  return (
    <div class="pool">
      <p class="meta" data-pool-stats>
        {pool
          ? `The pool holds ${plural(pool.articles, 'article')} (${size(pool.bytes)})${pool.oldest !== null ? `, the oldest added ${time(pool.oldest)}` : ''}.`
          : 'Reading the pool…'}
      </p>
      {settings && (
        <div class="pool-limits">
          <label>
            Keep at most{' '}
            <input type="number" data-setting="pool-max-articles" min={POOL_ARTICLES_RANGE.min} max={POOL_ARTICLES_RANGE.max} step={100} value={settings.poolMaxArticles} onChange={limit('poolMaxArticles', POOL_ARTICLES_RANGE)} />{' '}
            articles
          </label>
          <label>
            for at most{' '}
            <input type="number" data-setting="pool-max-days" min={POOL_DAYS_RANGE.min} max={POOL_DAYS_RANGE.max} value={settings.poolMaxDays} onChange={limit('poolMaxDays', POOL_DAYS_RANGE)} /> days
          </label>
          <span class="hint">The oldest articles leave first.</span>
        </div>
      )}
      <button type="button" data-action="forget-pool" disabled={busy || !pool?.articles} onClick={onForget}>
        Forget the pool
      </button>
      <span class="hint">Empties the pool. Stories, their sources and the pages you added stay, and so do the feeds you follow.</span>
    </div>
  );
}
