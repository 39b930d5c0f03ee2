// npm run corpus: data/sources/*.txt -> data/corpus.json (bundled with the background),
// data/detect-vocab.json (the detector's small vocabulary) and data/corpus-names.json (full
// names, for the sidebar's speakers). A malformed source stops the build with one line.
import fs from 'node:fs';
import path from 'node:path';
import { prepareCorpus } from '../lib/corpus';
import { checkUniqueIds, parseSourceFile, SourceFileError } from '../lib/sources';

const root = path.resolve(import.meta.dirname, '..');
const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'data/sources');
const outDir = process.argv[3] ? path.resolve(process.argv[3]) : path.join(root, 'data');

try {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!names.length) throw new SourceFileError(dir, 'no .txt source files');
  const files = names.map((name) => ({ name, source: parseSourceFile(name, fs.readFileSync(path.join(dir, name))) }));
  checkUniqueIds(files);
  const corpus = prepareCorpus(files.map((f) => f.source));
  fs.writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(corpus));
  fs.writeFileSync(path.join(outDir, 'detect-vocab.json'), JSON.stringify(corpus.vocab));
  fs.writeFileSync(path.join(outDir, 'corpus-names.json'), JSON.stringify(corpus.names));
  console.log(`corpus: ${corpus.sources.length} sources -> ${path.relative(root, path.join(outDir, 'corpus.json'))}`);
} catch (e) {
  if (e instanceof SourceFileError) {
    console.error(`corpus: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
