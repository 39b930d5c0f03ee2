// npm run corpus: every story pack in data/stories/<id>/ -> data/corpus.json (each story's
// sources, sentences, quotes, figures, names and vocabulary; bundled with the background) and
// data/detect-index.json (every story's vocabulary as one term map, which the background puts
// in storage for the detector). A malformed pack stops the build with one line.
import fs from 'node:fs';
import path from 'node:path';
import { detectIndex, prepareCorpus } from '../lib/corpus';
import { SourceFileError } from '../lib/sources';
import { readGeneral, readPacks, ROOT, STORIES_DIR } from './packs';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : STORIES_DIR;
const outDir = process.argv[3] ? path.resolve(process.argv[3]) : path.join(ROOT, 'data');

try {
  const corpus = prepareCorpus(readPacks(dir), readGeneral());
  fs.writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(corpus));
  fs.writeFileSync(path.join(outDir, 'detect-index.json'), JSON.stringify(detectIndex(corpus.stories)));
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
