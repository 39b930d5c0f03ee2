// The corpus's source files: `data/sources/<id>.txt`, a small header, a `---` line, the body.
//   title: …
//   outlet: …
//   date: …   (as the article gives it; empty when it does not)
//   url: …
//   ---
//   body
// Every header field may be empty; nothing is ever filled in that the article does not state.

export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  date: string;
  url: string;
}

export interface SourceFile extends SourceMeta {
  body: string;
}

const FIELDS = ['id', 'title', 'outlet', 'date', 'url'] as const;
type Field = (typeof FIELDS)[number];

export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    readonly fault: string,
  ) {
    super(`${file}: ${fault}`);
  }
}

/** Decodes and parses one source file; throws SourceFileError naming the fault. */
export function parseSourceFile(fileName: string, bytes: Uint8Array): SourceFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceFileError(fileName, 'not valid UTF-8');
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const sep = lines.indexOf('---');
  if (sep < 0) throw new SourceFileError(fileName, 'bad header: no "---" line after the header');
  const meta: Record<Field, string> = { id: '', title: '', outlet: '', date: '', url: '' };
  for (const [i, line] of lines.slice(0, sep).entries()) {
    if (!line.trim()) continue;
    const m = /^([a-z]+):(.*)$/.exec(line);
    if (!m || !(FIELDS as readonly string[]).includes(m[1])) {
      throw new SourceFileError(fileName, `bad header at line ${i + 1}: expected one of ${FIELDS.join(', ')}`);
    }
    meta[m[1] as Field] = m[2].trim();
  }
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
  const id = meta.id || stem;
  if (!/^[\w.-]+$/.test(id)) throw new SourceFileError(fileName, `bad header: id "${id}" has characters other than letters, digits, _ . -`);
  if (meta.url && !/^https?:\/\/\S+$/.test(meta.url)) throw new SourceFileError(fileName, 'bad header: url is not an http(s) address');
  const body = lines.slice(sep + 1).join('\n');
  if (!body.trim()) throw new SourceFileError(fileName, 'no body after the header');
  return { ...meta, id, body };
}

/** Rejects a second file with the same id. */
export function checkUniqueIds(files: { name: string; source: SourceFile }[]): void {
  const seen = new Map<string, string>();
  for (const { name, source } of files) {
    const first = seen.get(source.id);
    if (first) throw new SourceFileError(name, `duplicate id "${source.id}" (also in ${first})`);
    seen.set(source.id, name);
  }
}
