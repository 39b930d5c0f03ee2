// Shared by the unit tests: the real corpus, built from data/sources/*.txt the way
// `npm run corpus` builds it (never from data/corpus.json, which may be stale or missing).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuoteClaim } from '../../../lib/claims/types';
import { prepareCorpus, type CorpusData } from '../../../lib/corpus';
import { createMatcher, type Matcher } from '../../../lib/match';
import { parseSourceFile, type SourceFile } from '../../../lib/sources';

export const SOURCES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/sources');

let files: SourceFile[] | undefined;
let corpus: CorpusData | undefined;
let matcher: Matcher | undefined;

export function sourceFiles(): SourceFile[] {
  files ??= fs
    .readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSourceFile(f, fs.readFileSync(path.join(SOURCES_DIR, f))));
  return files;
}

export function realCorpus(): CorpusData {
  corpus ??= prepareCorpus(sourceFiles());
  return corpus;
}

export function realMatcher(): Matcher {
  matcher ??= createMatcher(realCorpus());
  return matcher;
}

/** The full id of a source from its three-digit prefix ("000" -> "000_a865106c2e9a649a"). */
export function sourceId(prefix: string): string {
  const f = sourceFiles().find((s) => s.id.startsWith(prefix));
  if (!f) throw new Error(`no source ${prefix}`);
  return f.id;
}

export function sourceBody(prefix: string): string {
  return sourceFiles().find((s) => s.id.startsWith(prefix))!.body;
}

/** A quote claim as a page would give it. */
export function quote(text: string, speaker: string | null = 'Mark Rutte'): QuoteClaim {
  return { kind: 'quote', text, speaker, block: 0, ranges: [[0, text.length]] };
}
