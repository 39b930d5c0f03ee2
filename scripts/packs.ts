// Reading story packs from disk, for the build step, the CLI and the bench.
import fs from 'node:fs';
import path from 'node:path';
import { parsePack, type StoryPack } from '../lib/pack';
import { SourceFileError } from '../lib/sources';
import type { EnglishFrequency } from '../lib/vocabulary';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const STORIES_DIR = path.join(ROOT, 'data/stories');

/** One pack folder; throws SourceFileError naming the file and the fault. */
export function readPack(dir: string): StoryPack {
  const name = path.basename(path.resolve(dir));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new SourceFileError(dir, 'not a story folder');
  const storyPath = path.join(dir, 'story.json');
  const sourcesDir = path.join(dir, 'sources');
  const names = fs.existsSync(sourcesDir) ? fs.readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort() : [];
  return parsePack(
    name,
    fs.existsSync(storyPath) ? fs.readFileSync(storyPath) : null,
    names.map((f) => ({ name: f, bytes: fs.readFileSync(path.join(sourcesDir, f)) })),
  );
}

/** Every pack under a folder of packs, in name order. */
export function readPacks(dir = STORIES_DIR): StoryPack[] {
  const dirs = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  if (!dirs.length) throw new SourceFileError(dir, 'no story folders');
  const packs = dirs.map((d) => readPack(path.join(dir, d)));
  // Source ids are unique across stories: the sources page and the evidence name them alone.
  const owner = new Map<string, string>();
  for (const p of packs) {
    for (const s of p.sources) {
      const first = owner.get(s.id);
      if (first) throw new SourceFileError(`${p.story.id}/sources`, `duplicate source id "${s.id}" (also in ${first})`);
      owner.set(s.id, p.story.id);
    }
  }
  return packs;
}

/** What every story's words are contrasted with: the general English frequency table and the
 * bundled unrelated news (data/background). */
export function readGeneral(): { frequency: EnglishFrequency; news: string[] } {
  const frequency = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/english-frequency.json'), 'utf8')) as EnglishFrequency;
  const bg = path.join(ROOT, 'data/background');
  const news = fs.readdirSync(bg).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(bg, f), 'utf8'));
  return { frequency, news };
}
