// An action that may fail: what it gives when it works, else a sentence for the reader.

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };
