// Shared by the unit tests: the real story, built from data/stories/nato-handover-2024 the way
// `npm run corpus` builds it (never from data/corpus.json, which may be stale or missing), and
// the rate-cut story from the test fixtures.
import path from 'node:path';
import type { QuoteClaim } from '../../../lib/claims/types';
import { prepareStory, type General, type StoryCorpus } from '../../../lib/corpus';
import { createMatcher, type Matcher } from '../../../lib/match/matcher';
import type { StoryPack } from '../../../lib/pack';
import type { SourceFile } from '../../../lib/sources';
import { readGeneral, readPack, ROOT } from '../../../scripts/packs';

export const NATO_DIR = path.join(ROOT, 'data/stories/nato-handover-2024');
export const SOURCES_DIR = path.join(NATO_DIR, 'sources');
export const RATE_CUT_DIR = path.join(ROOT, 'test/fixtures/stories/rate-cut');

let pack: StoryPack | undefined;
let general: General | undefined;
let corpus: StoryCorpus | undefined;
let matcher: Matcher | undefined;

export function generalData(): General {
  general ??= readGeneral();
  return general;
}

export function natoPack(): StoryPack {
  pack ??= readPack(NATO_DIR);
  return pack;
}

export function sourceFiles(): SourceFile[] {
  return natoPack().sources;
}

export function realCorpus(): StoryCorpus {
  corpus ??= prepareStory(natoPack(), generalData());
  return corpus;
}

export function realMatcher(): Matcher {
  matcher ??= createMatcher(realCorpus());
  return matcher;
}

/** A story built from some of the NATO sources only (the labels' leave-one-out corpora). */
export function storyOf(files: SourceFile[]): StoryCorpus {
  return prepareStory({ story: natoPack().story, sources: files }, generalData());
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
