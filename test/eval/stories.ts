// Scores the analyzer on every labelled story in test/fixtures/stories, in one process, with
// every story built together (as the extension holds them: each page must be told from the
// others' stories too). `npm run eval` prints a table; `-- --verbose` lists every miss.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../lib/analyze';
import { articleFromDocument, type Article } from '../../lib/article';
import { detectIndex, prepareCorpus, type StoryCorpus } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { reasonOf } from '../../lib/reason';
import { readGeneral, readPack, ROOT } from '../../scripts/packs';
// @ts-expect-error plain JavaScript, copied from the shared tools
import { score } from './score.mjs';

export const STORIES_DIR = path.join(ROOT, 'test/fixtures/stories');

export interface Labels {
  page: string;
  corpus: string[];
  coverage: boolean;
  claims: { kind: string; verdict: string | string[] }[];
}

export const readHtml = (file: string): Article | null =>
  articleFromDocument(parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document, Readability);

export function labelsIn(dir: string): Labels[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** The analysis as the CLI's JSON gives it, with coverage meaning "covers `story`". */
export function predict(stories: StoryCorpus[], story: string, article: Article | null, page: string) {
  if (!article) throw new Error(`${page}: no article`);
  const byId = new Map(stories.map((s) => [s.story.id, s]));
  const analysis = analyzeArticle(article, { index: detectIndex(stories), matcher: (id) => createMatcher(byId.get(id)!) });
  const own = analysis.coverage.story === story;
  return {
    coverage: { detected: own, score: analysis.coverage.score },
    claims: (own ? analysis.results : []).map((result) => ({
      kind: result.claim.kind,
      text: result.claim.text,
      speaker: result.claim.kind === 'quote' ? result.claim.speaker : null,
      value: result.claim.kind === 'figure' ? result.claim.value : null,
      verdict: result.verdict,
      reason: reasonOf(result),
      evidence: result.evidence.map((e) => ({ source: e.source, match: e.match })),
    })),
  };
}

/** Every labelled story under test/fixtures/stories plus the bundled packs, built together. */
export function storyBuild() {
  const dirs = fs.readdirSync(STORIES_DIR).filter((d) => fs.existsSync(path.join(STORIES_DIR, d, 'labels'))).sort();
  const bundled = fs.readdirSync(path.join(ROOT, 'data/stories')).map((d) => readPack(path.join(ROOT, 'data/stories', d)));
  const packs = dirs.map((d) => readPack(path.join(STORIES_DIR, d)));
  return { dirs, packs, stories: prepareCorpus([...bundled, ...packs], readGeneral()).stories };
}

/** Each story's pages scored against its labels. */
export function scoreStories() {
  const { dirs, packs, stories } = storyBuild();
  return dirs.map((dir, i) => {
    const id = packs[i].story.id;
    const pages = labelsIn(path.join(STORIES_DIR, dir, 'labels')).map((labels) => [
      labels.page,
      score(labels, predict(stories, id, readHtml(path.join(STORIES_DIR, dir, 'pages', `${labels.page}.html`)), labels.page)),
    ]);
    return { story: dir, pages };
  });
}

type PageScore = ReturnType<typeof score>;

/** One story's totals: the numbers the issues set bars on. */
export function summary(pages: [string, PageScore][]) {
  const sum = (f: (s: PageScore) => number) => pages.reduce((n, [, s]) => n + f(s), 0);
  const gold = sum((s) => s.quote.gold + s.figure.gold);
  const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 100);
  return {
    pages: pages.length,
    coverageRight: sum((s) => (s.coverageRight ? 1 : 0)),
    found: pct(sum((s) => s.quote.found + s.figure.found), gold),
    verdicts: pct(sum((s) => s.verdictRight), sum((s) => s.verdictOf)),
    endToEnd: pct(sum((s) => s.verdictRight), gold),
    speakers: pct(sum((s) => s.speakerRight), sum((s) => s.speakerOf)),
    evidenceRecall: pct(sum((s) => s.sourceTp), sum((s) => s.sourceTp + s.sourceFn)),
    falseCorroborations: sum((s) => s.falseCorroborations.length),
    falseConflicts: sum((s) => s.falseConflicts.length),
  };
}

if (process.argv[1] === import.meta.filename) {
  const verbose = process.argv.includes('--verbose');
  const rows = scoreStories();
  console.table(Object.fromEntries(rows.map(({ story, pages }) => [story, summary(pages as [string, PageScore][])])));
  if (verbose) {
    for (const { story, pages } of rows) {
      for (const [page, s] of pages as [string, PageScore][]) {
        const lines = [
          ...(s.coverageRight ? [] : ['coverage WRONG']),
          ...s.misses.map((m: { kind: string; text: string }) => `missed ${m.kind}: ${m.text}`),
          ...s.wrongVerdicts.map((w: { got: string; gold: unknown; text: string }) => `verdict ${w.got} (want ${w.gold}): ${w.text}`),
          ...s.wrongSpeakers.map((w: { got: string | null; gold: string; text: string }) => `speaker ${w.got ?? 'none'} (want ${w.gold}): ${w.text}`),
          ...s.falseConflicts.map((f: string) => `false conflict: ${f}`),
          ...s.falseCorroborations.map((f: string) => `FALSE CORROBORATION: ${f}`),
        ];
        if (lines.length) console.log(`== ${story}/${page}\n  ${lines.join('\n  ')}`);
      }
    }
  }
}
