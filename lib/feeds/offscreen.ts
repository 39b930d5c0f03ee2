// The one message the offscreen document answers: read this HTML as an article.

/** Marks messages for the offscreen document; the background's listener never sees them (a
 * context does not receive its own messages) and other pages leave them alone. */
export const OFFSCREEN_TARGET = 'triangulate-offscreen';

export interface ReadRequest {
  target: typeof OFFSCREEN_TARGET;
  html: string;
  url: string;
}

export function isReadRequest(x: unknown): x is ReadRequest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return m.target === OFFSCREEN_TARGET && typeof m.html === 'string' && typeof m.url === 'string' && /^https?:\/\//.test(m.url);
}
