// The incremental clusterer. Each cluster keeps the sum of its articles' term weights (its
// centroid) and the days it covers; a new article joins the most similar cluster it is
// date-compatible with, when that similarity clears JOIN, else starts its own. Adding an article
// touches the cluster it joins (and one it may merge with), never the others: the weights of the
// pool's terms (their document frequencies) are read at comparison time.
import { cleanArticle, dayOf, type PoolArticle } from './article';
import { bandKeys, DUPLICATE_JACCARD, fingerprint, similarity } from './fingerprint';
import { aheadDays, datesCompatible, type DaySpan } from './days';
import { eventSides, newParticipant, otherEvent, twoEvents } from './events';
import { articleLead, type Lead } from './lead';
import { articleTerms, MAX_TERMS, termInformation, type TermWeights } from './terms';

/** One text in the pool, with every address it was found at. */
export interface PoolRecord extends DaySpan {
  article: PoolArticle;
  /** Other pages that carry the same text (wire copy): counted once as evidence, all kept. */
  copies: Pick<PoolArticle, 'id' | 'url' | 'outlet' | 'date'>[];
  terms: TermWeights;
  lead: Lead;
  signature: number[] | null;
  cluster: number;
}

export interface Cluster extends DaySpan {
  id: number;
  members: string[];
  /** Sum of the members' term weights. */
  sum: TermWeights;
}

export interface Pool {
  /** Day number (days since 1970) of today: a date after it is a page's mistake. */
  today: number;
  /** General English word frequencies (Zipf), so that everyday words weigh little from the start. */
  zipf: Map<string, number>;
  records: Map<string, PoolRecord>;
  /** Every id and address a record is known by -> the record's id. */
  aliases: Map<string, string>;
  /** Term -> number of texts in the pool that use it. */
  df: Map<string, number>;
  clusters: Map<number, Cluster>;
  /** Term -> clusters whose articles count it among their most telling terms. */
  postings: Map<string, Set<number>>;
  /** MinHash band -> records that share it. */
  bands: Map<string, string[]>;
  nextCluster: number;
}

export type AddResult =
  | { kind: 'known'; id: string; cluster: number }
  | { kind: 'copy'; id: string; of: string; cluster: number }
  /** `merged`: a cluster that this article's arrival merged into `cluster` (and is gone). */
  | { kind: 'added'; id: string; cluster: number; merged: number | null };

/** Cosine similarity an article must reach with a cluster's centroid to join it, and two
 * clusters' centroids to merge. Tuned on test/fixtures/pool. */
export const JOIN = 0.3;
export const MERGE = 0.45;
/** The join threshold when the leads name a day in common (the event's own day, not the
 * publication's): a feature that reaches back to the flood ("paddled neighbours to safety
 * yesterday") shares fewer words with the news reports than they share with each other. */
export const JOIN_SAME_DAY = 0.15;
/** Clusters are checked for two events while this small: a cluster larger has settled. */
const SPLIT_MAX = 30;
/** Terms of an article that look up candidate clusters, and how many candidates are scored. */
const PROBE_TERMS = 24;
const CANDIDATES = 40;

export function createPool(today: number, zipf: Map<string, number> = new Map()): Pool {
  return { today, zipf, records: new Map(), aliases: new Map(), df: new Map(), clusters: new Map(), postings: new Map(), bands: new Map(), nextCluster: 0 };
}

/** Adds an article: a page already known adds its address, a copy of a known text joins it, any
 * other article joins or starts a cluster. */
export function addArticle(pool: Pool, input: PoolArticle): AddResult {
  const article = cleanArticle(input, pool.today);
  const signature = fingerprint([article.title, ...article.blocks].join('\n'));
  const known = knownRecord(pool, article, signature);
  if (known?.kind === 'known') return { kind: 'known', id: known.record.article.id, cluster: known.record.cluster };
  if (known) {
    known.record.copies.push({ id: article.id, url: article.url, outlet: article.outlet, date: article.date });
    alias(pool, known.record.article.id, article);
    return { kind: 'copy', id: article.id, of: known.record.article.id, cluster: known.record.cluster };
  }
  const record = recordOf(article, signature);
  count(pool, record, 1);
  alias(pool, article.id, article);
  if (signature) for (const key of bandKeys(signature)) (pool.bands.get(key) ?? pool.bands.set(key, []).get(key)!).push(article.id);
  const { best, candidates } = bestCluster(pool, record);
  const cluster = best ?? newCluster(pool);
  join(pool, cluster, record);
  const merged = mergeCheck(pool, cluster, candidates);
  splitCheck(pool, pool.clusters.get(merged?.kept ?? cluster.id)!);
  return { kind: 'added', id: article.id, cluster: merged?.kept ?? cluster.id, merged: merged?.gone ?? null };
}

/** The cluster an article would join now, without adding it: a known page's or a copy's own,
 * else the one it would join on arrival; null when it would start its own. */
export function placeArticle(pool: Pool, input: PoolArticle): number | null {
  return placeRecord(pool, input).cluster;
}

/** As placeArticle, with the lead the article was read with (its record's, when it is known). */
export function placeRecord(pool: Pool, input: PoolArticle): { cluster: number | null; lead: Lead } {
  const article = cleanArticle(input, pool.today);
  const signature = fingerprint([article.title, ...article.blocks].join('\n'));
  const known = knownRecord(pool, article, signature);
  if (known) return { cluster: known.record.cluster, lead: known.record.lead };
  const record = recordOf(article, signature);
  // Counted while it is weighed, as an arrival is, then taken out again.
  count(pool, record, 1);
  try {
    return { cluster: bestCluster(pool, record).best?.id ?? null, lead: record.lead };
  } finally {
    count(pool, record, -1);
  }
}

/** The record a page is already in the pool as: its own, or the text it copies. */
function knownRecord(pool: Pool, article: PoolArticle, signature: number[] | null): { kind: 'known' | 'copy'; record: PoolRecord } | null {
  const id = pool.aliases.get(article.id) ?? (article.url ? pool.aliases.get(article.url) : undefined);
  if (id !== undefined) return { kind: 'known', record: pool.records.get(id)! };
  const original = signature ? copyOf(pool, signature) : null;
  return original && { kind: 'copy', record: original };
}

function recordOf(article: PoolArticle, signature: number[] | null): PoolRecord {
  const day = dayOf(article.date);
  const terms = articleTerms(article.title, article.blocks, day);
  const lead = articleLead(article.title, article.blocks, day);
  // Only a lead that names a later day announces it: a body that mentions the election's date
  // does not make a report of the debate one of the count.
  const ahead = day === null ? [] : aheadDays(lead.days, day);
  return { article, copies: [], terms, lead, signature, from: day, to: day, ahead, cluster: -1 };
}

/** A record counted into the pool's term frequencies and records (`by` 1), or out again (-1). */
function count(pool: Pool, record: PoolRecord, by: 1 | -1): void {
  for (const t of record.terms.keys()) {
    const n = (pool.df.get(t) ?? 0) + by;
    if (n > 0) pool.df.set(t, n);
    else pool.df.delete(t);
  }
  if (by > 0) pool.records.set(record.article.id, record);
  else pool.records.delete(record.article.id);
}

/** The cluster a record joins: the most similar candidate whose dates fit, past its bar. */
function bestCluster(pool: Pool, record: PoolRecord): { best: Cluster | null; candidates: Cluster[] } {
  const candidates = candidateClusters(pool, telling(pool, record.terms, PROBE_TERMS));
  const vector = weighted(pool, record.terms);
  let best: Cluster | null = null;
  let bestMargin = 0;
  for (const c of candidates) {
    if (!datesCompatible(record, c)) continue;
    const members = recordsOf(pool, c);
    const margin = cosine(vector, centroid(pool, c)) - mergeThreshold([record], members);
    if (margin >= bestMargin && !anotherEvent(record, members)) [best, bestMargin] = [c, margin];
  }
  return { best, candidates };
}

/** A lone report of the same people at another event: its lead names another day, lacks the words
 * the group's leads agree on, and names a participant they never do. It waits for its own event's
 * reports rather than join this one (two groups are told apart by `eventSides`). */
function anotherEvent(record: PoolRecord, group: PoolRecord[]): boolean {
  return otherEvent(record.lead, group) && newParticipant(record.article.title, record.article.blocks, group);
}

const loneOther = (one: PoolRecord[], group: PoolRecord[]) => one.length === 1 && anotherEvent(one[0], group);

function alias(pool: Pool, id: string, article: PoolArticle): void {
  pool.aliases.set(article.id, id);
  if (article.url) pool.aliases.set(article.url, id);
}

function copyOf(pool: Pool, signature: number[]): PoolRecord | null {
  const seen = new Set<string>();
  for (const key of bandKeys(signature)) {
    for (const id of pool.bands.get(key) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const other = pool.records.get(id)!;
      if (other.signature && similarity(signature, other.signature) >= DUPLICATE_JACCARD) return other;
    }
  }
  return null;
}

/** A record's terms weighted by what they tell in today's pool. */
function weighted(pool: Pool, terms: TermWeights, scale = 1): TermWeights {
  const out: TermWeights = new Map();
  const n = pool.records.size;
  for (const [t, w] of terms) {
    const info = termInformation(t, pool.df.get(t) ?? 0, n, pool.zipf);
    if (info > 0) out.set(t, (w / scale) * info);
  }
  return out;
}

function centroid(pool: Pool, c: Cluster): TermWeights {
  return weighted(pool, c.sum, c.members.length);
}

/** The `count` most telling terms. */
function telling(pool: Pool, terms: TermWeights, count: number): string[] {
  return [...weighted(pool, terms)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([t]) => t);
}

export function cosine(a: TermWeights, b: TermWeights): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const x = b.get(t);
    if (x) dot += w * x;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Clusters that share the most of these terms, best first. */
function candidateClusters(pool: Pool, probe: string[]): Cluster[] {
  const shared = new Map<number, number>();
  for (const t of probe) for (const id of pool.postings.get(t) ?? []) if (pool.clusters.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([id]) => pool.clusters.get(id)!);
}

/** Parts a grown cluster in two when its leads tell two events apart (events.ts): the same
 * people at a semi-final and at the final. Only this cluster moves. */
function splitCheck(pool: Pool, c: Cluster): void {
  if (c.members.length < 4 || c.members.length > SPLIT_MAX) return;
  const records = recordsOf(pool, c);
  const nearer = (r: PoolRecord, a: PoolRecord[], b: PoolRecord[]) => {
    const v = weighted(pool, r.terms);
    return cosine(v, mean(a.map((x) => weighted(pool, x.terms)))) >= cosine(v, mean(b.map((x) => weighted(pool, x.terms)))) ? 0 : 1;
  };
  const sides = eventSides(records, nearer);
  if (!sides) return;
  Object.assign(c, { members: [], sum: new Map(), from: null, to: null, ahead: [] });
  for (const r of sides[0]) join(pool, c, r);
  const other = newCluster(pool);
  for (const r of sides[1]) join(pool, other, r);
}

function mean(vectors: TermWeights[]): TermWeights {
  const out: TermWeights = new Map();
  for (const v of vectors) for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + w / vectors.length);
  return out;
}

function newCluster(pool: Pool): Cluster {
  const c: Cluster = { id: pool.nextCluster++, members: [], sum: new Map(), from: null, to: null, ahead: [] };
  pool.clusters.set(c.id, c);
  return c;
}

function join(pool: Pool, c: Cluster, record: PoolRecord): void {
  c.members.push(record.article.id);
  record.cluster = c.id;
  for (const [t, w] of record.terms) c.sum.set(t, (c.sum.get(t) ?? 0) + w);
  if (record.from !== null) {
    c.from = c.from === null ? record.from : Math.min(c.from, record.from);
    c.to = c.to === null ? record.to : Math.max(c.to!, record.to!);
  }
  c.ahead.push(...record.ahead);
  for (const t of telling(pool, record.terms, MAX_TERMS / 4)) (pool.postings.get(t) ?? pool.postings.set(t, new Set()).get(t)!).add(c.id);
}

/** Merges the grown cluster into a candidate (or the candidate into it) when their centroids now
 * agree and their days fit: an order of arrival that split one event is mended. */
function mergeCheck(pool: Pool, grown: Cluster, candidates: Cluster[]): { kept: number; gone: number } | null {
  const mine = centroid(pool, grown);
  for (const c of candidates) {
    if (c.id === grown.id || !pool.clusters.has(c.id) || !datesCompatible(grown, c)) continue;
    const [a, b] = [recordsOf(pool, grown), recordsOf(pool, c)];
    if (cosine(mine, centroid(pool, c)) < mergeThreshold(a, b) || twoEvents(a, b) || loneOther(a, b) || loneOther(b, a)) continue;
    const [big, small] = c.members.length >= grown.members.length ? [c, grown] : [grown, c];
    for (const id of small.members) join(pool, big, pool.records.get(id)!);
    // The small cluster's postings go stale; candidateClusters passes over clusters that are gone.
    pool.clusters.delete(small.id);
    return { kept: big.id, gone: small.id };
  }
  return null;
}

/** A lone text joins a group on the terms an arrival would, the lower bar when their leads name
 * a day in common; so a text an earlier arrival left out (a feature that came before the reports
 * it reaches back to) joins when they come. Two groups merge on firmer terms. */
function mergeThreshold(a: PoolRecord[], b: PoolRecord[]): number {
  if (Math.min(a.length, b.length) > 1) return MERGE;
  const days = new Set(a.flatMap((r) => r.lead.days));
  return b.some((r) => r.lead.days.some((d) => days.has(d))) ? JOIN_SAME_DAY : JOIN;
}

function recordsOf(pool: Pool, c: Cluster): PoolRecord[] {
  return c.members.map((id) => pool.records.get(id)!);
}
