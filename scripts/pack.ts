// npm run pack -- <story-dir> [--out file.json]: one story pack folder as one JSON document,
// to share (the options page imports it). Without --out it prints to stdout.
import fs from 'node:fs';
import { toPackFile } from '../lib/pack';
import { SourceFileError } from '../lib/sources';
import { readPack } from './packs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1);
if (!dir || (outAt >= 0 && !out)) {
  console.error('pack: usage: npm run pack -- <story-dir> [--out file.json]');
  process.exit(2);
}
try {
  const json = JSON.stringify(toPackFile(readPack(dir)), null, 1) + '\n';
  if (out) fs.writeFileSync(out, json);
  else process.stdout.write(json);
} catch (e) {
  if (e instanceof SourceFileError) {
    console.error(`pack: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
