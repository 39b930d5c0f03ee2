// npm run corpus: every story pack in data/stories/<id>/ ->
//   data/stories.json          each story's head (meta, vocabulary, names, source list): bundled
//                              with the background, which puts the detector's index in storage;
//   public/stories/<id>.json   each story's prepared sources, fetched when the story is first
//                              needed, so a worker never parses a story it does not use;
//   public/general.json        what a reader's imported story is contrasted with;
//   data/corpus.json           every story whole, for the command-line tools and tests.
// A malformed pack stops the build with one line.
import fs from 'node:fs';
import path from 'node:path';
import { prepareCorpus, storeSource } from '../lib/corpus';
import { headOf } from '../lib/stories';
import { SourceFileError } from '../lib/sources';
import { readGeneral, readPacks, ROOT, STORIES_DIR } from './packs';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : STORIES_DIR;
const outDir = process.argv[3] ? path.resolve(process.argv[3]) : path.join(ROOT, 'data');
const publicDir = process.argv[4] ? path.resolve(process.argv[4]) : path.join(ROOT, 'public');

try {
  const general = readGeneral();
  const corpus = prepareCorpus(readPacks(dir), general);
  fs.writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(corpus));
  fs.writeFileSync(path.join(outDir, 'stories.json'), JSON.stringify(corpus.stories.map(headOf)));
  fs.rmSync(path.join(publicDir, 'stories'), { recursive: true, force: true });
  fs.mkdirSync(path.join(publicDir, 'stories'), { recursive: true });
  for (const s of corpus.stories) fs.writeFileSync(path.join(publicDir, 'stories', `${s.story.id}.json`), JSON.stringify({ terms: s.terms, sources: s.sources.map(storeSource) }));
  fs.writeFileSync(path.join(publicDir, 'general.json'), JSON.stringify(general));
  for (const s of corpus.stories) {
    console.log(`corpus: ${s.story.id}: ${s.sources.length} sources, ${s.vocab.terms.length} terms, threshold ${s.vocab.threshold}`);
  }
} catch (e) {
  if (e instanceof SourceFileError) {
    console.error(`corpus: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
