// npm run corpus: every story pack in data/stories/<id>/ ->
//   data/stories.json          each story's head (meta, vocabulary, names, source list): bundled
//                              with the background, which puts the detector's index in storage;
//   public/stories/<id>.json   each story's prepared sources, fetched when the story is first
//                              needed, so a worker never parses a story it does not use;
//   public/general.json        what a reader's imported story is contrasted with;
//   data/corpus.json           every story whole, for the command-line tools and tests.
// A malformed pack stops the build with one line.
import path from 'node:path';
import { SourceFileError } from '../lib/sources';
import { buildCorpus, corpusSummary, writeCorpusFiles } from './corpus-files';
import { ROOT, STORIES_DIR } from './packs';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : STORIES_DIR;
const outDir = process.argv[3] ? path.resolve(process.argv[3]) : path.join(ROOT, 'data');
const publicDir = process.argv[4] ? path.resolve(process.argv[4]) : path.join(ROOT, 'public');

try {
  const built = buildCorpus(dir);
  writeCorpusFiles(built, outDir, publicDir);
  for (const line of corpusSummary(built.corpus)) console.log(line);
} catch (e) {
  if (e instanceof SourceFileError) {
    console.error(`corpus: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
