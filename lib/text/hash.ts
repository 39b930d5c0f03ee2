// A small, stable string hash (FNV-1a, 32 bits): the same text gives the same number in every
// session and browser, for ids and fingerprints that are stored.

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
