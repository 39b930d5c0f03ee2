// The corpus files built from the story packs on disk: `npm run corpus` writes them all; the
// analyze CLI rebuilds data/corpus.json alone when it is missing or older than what it is made
// of, so a fresh clone needs no separate step.
import fs from 'node:fs';
import path from 'node:path';
import { prepareCorpus, storeSource, type CorpusData, type General } from '../lib/corpus';
import { headOf } from '../lib/stories';
import { readGeneral, readPacks, ROOT, STORIES_DIR } from './packs';

export const CORPUS_PATH = path.join(ROOT, 'data/corpus.json');

// What data/corpus.json is made of: the packs, the general data, and the code that prepares them.
const INPUTS = ['data/stories', 'data/background', 'data/english-frequency.json', 'lib', 'scripts/packs.ts', 'scripts/corpus-files.ts'];

/** Every story under `dir`, prepared; throws SourceFileError for a malformed pack. */
export function buildCorpus(dir = STORIES_DIR): { corpus: CorpusData; general: General } {
  const general = readGeneral();
  return { corpus: prepareCorpus(readPacks(dir), general), general };
}

/** Everything `npm run corpus` writes (see scripts/build-corpus.ts). */
export function writeCorpusFiles({ corpus, general }: { corpus: CorpusData; general: General }, outDir: string, publicDir: string) {
  writeJson(path.join(outDir, 'corpus.json'), corpus);
  writeJson(path.join(outDir, 'stories.json'), corpus.stories.map(headOf));
  fs.rmSync(path.join(publicDir, 'stories'), { recursive: true, force: true });
  fs.mkdirSync(path.join(publicDir, 'stories'), { recursive: true });
  for (const s of corpus.stories) writeJson(path.join(publicDir, 'stories', `${s.story.id}.json`), { terms: s.terms, sources: s.sources.map(storeSource) });
  writeJson(path.join(publicDir, 'general.json'), general);
}

/** One line per story, for the build's log. */
export function corpusSummary(corpus: CorpusData): string[] {
  return corpus.stories.map((s) => `corpus: ${s.story.id}: ${s.sources.length} sources, ${s.vocab.terms.length} terms, threshold ${s.vocab.threshold}`);
}

/** data/corpus.json, rebuilt first when it is missing, out of date or unreadable; `log` hears
 * why and what was built (after the build, so a malformed pack stays one line: it throws
 * SourceFileError). */
export function loadCorpus(log: (line: string) => void): CorpusData {
  let why = !fs.existsSync(CORPUS_PATH) ? 'missing' : newestChange(INPUTS.map((p) => path.join(ROOT, p))) > fs.statSync(CORPUS_PATH).mtimeMs ? 'out of date' : null;
  if (!why) {
    try {
      return JSON.parse(fs.readFileSync(CORPUS_PATH, 'utf8')) as CorpusData;
    } catch {
      why = 'unreadable';
    }
  }
  const { corpus } = buildCorpus();
  writeJson(CORPUS_PATH, corpus);
  for (const line of [`corpus: data/corpus.json was ${why}: built it from data/stories`, ...corpusSummary(corpus)]) log(line);
  return corpus;
}

/** The latest modification time of a file, or of anything under a folder. */
function newestChange(paths: string[]): number {
  return Math.max(
    0,
    ...paths.filter((p) => fs.existsSync(p)).map((p) => {
      const stat = fs.statSync(p);
      return stat.isDirectory() ? Math.max(stat.mtimeMs, newestChange(fs.readdirSync(p).map((f) => path.join(p, f)))) : stat.mtimeMs;
    }),
  );
}

// Written aside and renamed into place, so a reader running meanwhile (another analyze, a test)
// sees the old file or the new one, never half of one.
function writeJson(file: string, data: unknown) {
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, JSON.stringify(data));
  fs.renameSync(aside, file);
}
