/** Data the popup asked the background for: still coming, here, or not obtainable. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };
