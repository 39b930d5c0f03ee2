// One polite, private GET: no cookies or credentials (credentials 'omit'), no browser cache in
// the way of the conditional request (cache 'no-store', validators passed by hand), a time
// limit and a size limit read as the body streams in. `fetch` comes in as a part so Node tests
// can hand in their own.

export const TIMEOUT_MS = 15_000;
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** What a server said last time, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | { kind: 'body'; text: string; contentType: string; validators: Validators }
  | { kind: 'not-modified' }
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'too-big' }
  | { kind: 'network' };

/** The conditional request's headers from the validators of the last response. */
export function requestHeaders(v: Validators | undefined): Record<string, string> {
  return {
    ...(v?.etag ? { 'If-None-Match': v.etag } : {}),
    ...(v?.lastModified ? { 'If-Modified-Since': v.lastModified } : {}),
  };
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string | null> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export interface GetOptions {
  validators?: Validators;
  maxBytes: number;
  timeoutMs?: number;
}

/** GETs `url` and never throws: every way it can fail is an outcome. */
export async function politeGet(fetchFn: typeof fetch, url: string, o: GetOptions): Promise<Fetched> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs ?? TIMEOUT_MS);
  try {
    const response = await fetchFn(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: requestHeaders(o.validators),
      signal: controller.signal,
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { kind: 'http', status: response.status };
    }
    if (Number(response.headers.get('content-length') ?? 0) > o.maxBytes) {
      await response.body?.cancel().catch(() => {});
      return { kind: 'too-big' };
    }
    const text = await readCapped(response.body, o.maxBytes);
    if (text === null) return { kind: 'too-big' };
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { kind: 'body', text, contentType: response.headers.get('content-type') ?? '', validators: { etag, lastModified } };
  } catch {
    return timedOut ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
