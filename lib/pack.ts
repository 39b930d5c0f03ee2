// A story pack: data/stories/<story-id>/story.json (what the story is) and sources/*.txt (its
// source articles, lib/sources.ts). Parsing is pure; reading the folder is the caller's.
import { checkUniqueIds, parseSourceFile, SourceFileError, type SourceFile } from './sources';

export interface StoryMeta {
  id: string;
  title: string;
  summary: string;
  /** The story's window, YYYY-MM-DD: when it began and the last day its sources cover. */
  from: string;
  to: string;
  language: string;
}

export interface StoryPack {
  story: StoryMeta;
  sources: SourceFile[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));

/** Parses and checks a story.json; throws SourceFileError naming the fault. */
export function parseStoryMeta(fileName: string, bytes: Uint8Array): StoryMeta {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SourceFileError(fileName, 'not valid JSON in UTF-8');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SourceFileError(fileName, 'not a JSON object');
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'string' || !ID.test(m.id)) throw new SourceFileError(fileName, 'id must be lower-case letters, digits and hyphens');
  for (const key of ['title', 'summary'] as const) {
    if (typeof m[key] !== 'string' || !(m[key] as string).trim()) throw new SourceFileError(fileName, `${key} must be a non-empty string`);
  }
  if (!isDate(m.from) || !isDate(m.to)) throw new SourceFileError(fileName, 'from and to must be dates as YYYY-MM-DD');
  if (m.to < m.from) throw new SourceFileError(fileName, 'to is before from');
  if (m.language !== 'en') throw new SourceFileError(fileName, `language "${String(m.language)}" is not supported (only "en")`);
  return { id: m.id, title: (m.title as string).trim(), summary: (m.summary as string).trim(), from: m.from, to: m.to, language: m.language };
}

/** A pack from its files' bytes: story.json and the sources by file name. */
export function parsePack(dirName: string, storyJson: Uint8Array | null, sourceFiles: { name: string; bytes: Uint8Array }[]): StoryPack {
  if (!storyJson) throw new SourceFileError(`${dirName}/story.json`, 'missing');
  const story = parseStoryMeta(`${dirName}/story.json`, storyJson);
  if (dirName !== story.id) throw new SourceFileError(`${dirName}/story.json`, `id "${story.id}" differs from the folder's name`);
  if (!sourceFiles.length) throw new SourceFileError(`${dirName}/sources`, 'no .txt source files');
  const files = sourceFiles.map(({ name, bytes }) => ({ name: `${dirName}/sources/${name}`, source: parseSourceFile(`${dirName}/sources/${name}`, bytes) }));
  checkUniqueIds(files);
  return { story, sources: files.map((f) => f.source) };
}

/** A story pack as one JSON document, to share: `npm run pack` writes one, the options page
 * imports and exports them. */
export interface PackFile {
  triangulatePack: 1;
  story: StoryMeta;
  sources: { id: string; title: string; outlet: string; date: string; url: string; body: string }[];
}

/** Largest pack file the options page reads. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;

export class PackError extends Error {}

const SOURCE_FIELDS = ['id', 'title', 'outlet', 'date', 'url', 'body'] as const;

/** A pack file's text, checked whole: the first fault throws PackError with one line. */
export function parsePackFile(text: string): StoryPack {
  if (text.length > MAX_PACK_BYTES) throw new PackError('The file is over 50 MB.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackError('The file is not JSON.');
  }
  const d = data as Partial<PackFile> | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d) || d.triangulatePack !== 1) {
    throw new PackError('The file is not a Triangulate story pack (no "triangulatePack": 1).');
  }
  let story: StoryMeta;
  try {
    story = parseStoryMeta('story', new TextEncoder().encode(JSON.stringify(d.story ?? null)));
  } catch (e) {
    throw new PackError(`The pack's story is not valid: ${(e as SourceFileError).fault}.`);
  }
  if (!Array.isArray(d.sources) || !d.sources.length) throw new PackError('The pack has no sources.');
  const seen = new Set<string>();
  const sources = Array.from(d.sources, (s, i): SourceFile => {
    const where = `Source ${i + 1}`;
    if (typeof s !== 'object' || s === null) throw new PackError(`${where} is not an object.`);
    for (const f of SOURCE_FIELDS) {
      if (typeof (s as Record<string, unknown>)[f] !== 'string') throw new PackError(`${where} has no text field "${f}".`);
    }
    if (!/^[\w.-]{1,120}$/.test(s.id)) throw new PackError(`${where} has an id with characters other than letters, digits, _ . -`);
    if (seen.has(s.id)) throw new PackError(`${where} repeats the id "${s.id}".`);
    if (!s.body.trim()) throw new PackError(`${where} ("${s.id}") has no body.`);
    if (s.url && !/^https?:\/\/\S+$/.test(s.url)) throw new PackError(`${where} ("${s.id}") has an address that is not http(s).`);
    seen.add(s.id);
    return { id: s.id, title: s.title.trim(), outlet: s.outlet.trim(), date: s.date.trim(), url: s.url.trim(), body: s.body };
  });
  return { story, sources };
}

/** The pack file of a story. */
export function toPackFile(pack: StoryPack): PackFile {
  return {
    triangulatePack: 1,
    story: pack.story,
    sources: pack.sources.map(({ id, title, outlet, date, url, body }) => ({ id, title, outlet, date, url, body })),
  };
}
