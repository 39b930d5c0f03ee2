// npm run bench [-- --json]: speed and size against the budgets, side by side with the naive
// way, and how analysis grows with the corpus. Medians over repeated runs. Needs a build
// (npm run bench builds first) and Debian's chromium for the in-browser rows, which load the
// test build: the shipped one but for open shadow roots and the detector's timing marks
// (lib/timings), which only test builds carry.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Readability } from '@mozilla/readability';
import Fuse from 'fuse.js';
import { parseHTML } from 'linkedom';
import { extractClaims, matchArticleClaims } from '../lib/analyze';
import { articleFromDocument, articleFromText, type Article } from '../lib/article';
import { detectIndex, prepareStory } from '../lib/corpus';
import type { DetectIndex } from '../lib/detect';
import { createMatcher } from '../lib/match/matcher';
import type { SourceFile } from '../lib/sources';
import { medianPath, pathOf, PATH_SPANS, type PathSeen, type PathSpan } from '../lib/timings';
import { CHROME_BUILD, launchChromium, stopServiceWorker } from '../test/e2e/browsers';
import { readMarks } from '../test/e2e/first-card';
import { analysisOf as analysisWith, bundledScale, heapMB, IMPORTED_SIZES, importedScale, loadStored, round, scaleCells, storedText, synthetic, time, type ScaleRow } from './bench-scale';
import { benchFoundDetector } from './bench-found';
import { benchPool } from './bench-pool';
import { readGeneral, readPack } from './packs';
// @ts-expect-error plain JavaScript, copied from the shared tools
import { score } from '../test/eval/score.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const json = process.argv.includes('--json');
const log = (...a: unknown[]) => !json && console.error(...a);

const nato = readPack(path.join(ROOT, 'data/stories/nato-handover-2024'));
const seeds: SourceFile[] = nato.sources;
const general = readGeneral();
const prepareCorpus = (files: SourceFile[]) => prepareStory({ story: nato.story, sources: files }, general);
const PAGES = path.join(ROOT, 'test/fixtures/pages');
const readHtml = (file: string): Article => {
  const article = articleFromDocument(parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document, Readability);
  if (!article) throw new Error(`${file}: no article`);
  return article;
};

// --stories: the story rows alone, bundled and imported side by side (the machine is shared).
if (process.argv.includes('--stories')) {
  const rows: ScaleRow[] = [];
  for (const n of IMPORTED_SIZES) rows.push(bundledScale(nato, general, n), await importedScale(nato, general, n));
  console.log(json ? JSON.stringify(rows, null, 2) : rows.map((r) => scaleCells(r).join('  ')).join('\n'));
  process.exit(0);
}

// ---- analysis in Node ----------------------------------------------------------------------
const corpus = prepareCorpus(seeds);
const matcher = createMatcher(corpus);
const analysisOf = (article: Article, m = matcher) => analysisWith(article, m);

log('analysis per seed…');
const perSeed = seeds.map((s) => ({ page: s.id, ms: round(time(analysisOf(articleFromText(s.body)), 30)) }));
// A 1,500-word article: three of the fixture pages' articles run together.
const longArticle: Article = ['changed-figures.html', 'paraphrased-quotes.html', 'heavy-furniture.html']
  .map((p) => readHtml(path.join(PAGES, p)))
  .reduce((a, b) => ({ title: a.title, blocks: [...a.blocks, ...b.blocks] }));
const longWords = longArticle.blocks.join(' ').split(/\s+/).length;
// The budget is for a warm background (its code stays warm across pages): V8 optimises code
// this size only after some dozens of runs: measured after 100, the first 30 reported beside it.
const longMsWarming = round(time(analysisOf(longArticle), 30));
const longMs = round(time(analysisOf(longArticle), 50, 100));
const readabilityMs = round(time(() => readHtml(path.join(PAGES, 'heavy-furniture.html')), 10));

// ---- the naive way, side by side -----------------------------------------------------------
log('the naive way…');
const labels = fs.readdirSync(path.join(ROOT, 'test/fixtures/labels')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/labels', f), 'utf8')));
type Totals = { right: number; of: number; ms: number[] };
const naive: Totals = { right: 0, of: 0, ms: [] };
const ours: Totals = { right: 0, of: 0, ms: [] };
for (const label of labels) {
  const page = seeds.find((s) => s.id === label.page)!;
  const others = prepareCorpus(seeds.filter((s) => label.corpus.includes(s.id)));
  const article = articleFromText(page.body);
  const { claims } = extractClaims(article.blocks, others.names);
  // Ours.
  const m = createMatcher(others);
  let results = matchArticleClaims(m, article.blocks, claims).results;
  ours.ms.push(time(() => (results = matchArticleClaims(m, article.blocks, claims).results), 10));
  const oursScore = score(label, { coverage: { detected: true }, claims: results.map((r) => ({ ...r.claim, verdict: r.verdict, evidence: r.evidence })) });
  ours.right += oursScore.verdictRight;
  ours.of += oursScore.verdictOf;
  // Naive: fuse.js with default options over every corpus sentence, verdict by score bands.
  const sentences = others.sources.flatMap((s) => s.sentences.map(([a, b]) => ({ source: s.id, text: s.text.slice(a, b) })));
  const naiveRun = () => {
    const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true });
    return claims.map((c) => {
      const hits = fuse.search(c.text);
      const best = hits[0]?.score ?? 1;
      const verdict = best <= 0.05 ? 'corroborated' : best <= 0.35 ? 'varying' : 'unique';
      const evidence = [...new Set(hits.filter((h) => (h.score ?? 1) <= 0.35).map((h) => h.item.source))].map((source) => ({ source }));
      return { ...c, verdict, evidence };
    });
  };
  let naiveClaims = naiveRun();
  naive.ms.push(time(() => (naiveClaims = naiveRun()), 10));
  const naiveScore = score(label, { coverage: { detected: true }, claims: naiveClaims });
  naive.right += naiveScore.verdictRight;
  naive.of += naiveScore.verdictOf;
}

/** Indexes of 1, 5, 20 and 200 stories: the bundled one, the rate-cut test story, and copies
 * of both under other words, so each story's vocabulary is as large as a real one. */
const rateCut = prepareStory(readPack(path.join(ROOT, 'test/fixtures/stories/rate-cut')), general);
const natoStory = prepareStory(nato, general);
function indexOf(n: number): DetectIndex {
  const stories = Array.from({ length: n }, (_, i) => {
    const base = i % 2 ? rateCut : natoStory;
    if (i < 2) return base;
    return { ...base, story: { ...base.story, id: `copy-${i}` }, vocab: { ...base.vocab, terms: base.vocab.terms.map(([t, w]): [string, number] => [`${t}${i}`, w]) } };
  });
  return detectIndex(stories);
}

// ---- scale ---------------------------------------------------------------------------------
// Adversarial: one story of n articles, every one a shuffled copy of the five sources, so every
// claim matches hundreds of them (see bench-scale). indexMs: loading the stored story (its JSON
// parsed, its matcher built from each source's stored index, nothing tokenised) as a waking
// worker does; prepareMs: the build step that tokenises and stores it; heapMB: the heap with the
// story loaded. Imported: the same articles imported through the reader's store.
const scale: ScaleRow[] = [];
for (const n of [5, 50, 500, 1000, 5000]) {
  log(`scale: ${n} articles…`);
  scale.push(bundledScale(nato, general, n));
}
for (const n of IMPORTED_SIZES) {
  log(`scale: ${n} articles, imported…`);
  scale.push(await importedScale(nato, general, n));
}
// Realistic: n articles in stories of five; the detector holds every story, the worker loads
// only the story a page covers.
const page = articleFromText(seeds[0].body);
for (const n of [1000, 10000]) {
  log(`scale: ${n} articles in stories of five…`);
  const story = prepareCorpus(synthetic(seeds, 5));
  const text = storedText(story);
  const m = loadStored(text, story.names);
  const analyzeMs = round(time(analysisOf(page, m), 15));
  const loadMs = time(() => loadStored(text, story.names), 15);
  const index = JSON.stringify(indexOf(n / 5));
  scale.push({ corpus: 'realistic', articles: n, stories: n / 5, indexMs: round(loadMs, 1), prepareMs: 0, bytes: index.length, analyzeMs, heapMB: heapMB() });
}
const growth = round(Math.log(scale[4].analyzeMs / scale[1].analyzeMs) / Math.log(scale[4].articles / scale[1].articles));

// ---- in headless Chromium ------------------------------------------------------------------
log('in Chromium…');
const detectorFile = path.join(ROOT, '.output/chrome-mv3/detector.js');
if (!fs.existsSync(detectorFile)) throw new Error('no build: run npm run build first');
const detectorBytes = fs.statSync(detectorFile).size;
const detectorSource = fs.readFileSync(detectorFile, 'utf8');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-'));
for (const f of fs.readdirSync(PAGES)) fs.copyFileSync(path.join(PAGES, f), path.join(dir, f));
const football = fs.readFileSync(path.join(PAGES, 'neg-football.html'), 'utf8');
const paragraphs = [...football.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
const fiveThousand: string[] = [];
for (let i = 0, words = 0; words < 5000; i++) {
  fiveThousand.push(`<p>${paragraphs[i % paragraphs.length]}</p>`);
  words += paragraphs[i % paragraphs.length].split(/\s+/).length;
}
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const shell = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
fs.writeFileSync(path.join(dir, 'words-5000.html'), shell('Season review', fiveThousand.join('\n')));
fs.writeFileSync(path.join(dir, 'paragraphs-100000.html'), shell('Archive', Array.from({ length: 100_000 }, (_, i) => `<p>Entry ${i}: the match ended level.</p>`).join('')));
const server = http.createServer((req, res) => {
  const file = path.join(dir, path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!fs.existsSync(file) || !file.endsWith('.html')) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const sidebarBytes = fs.statSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/sidebar.js')).size;
const run = await launchChromium(process.env.CHROMIUM_PATH || '/usr/bin/chromium', CHROME_BUILD);
const context = run.context;

// tsx keeps function names with a helper that functions sent to the page would miss.
await context.addInitScript({ content: 'window.__name = (f) => f;' });

/** The shipped detector, run in the page's main thread with a stand-in runtime whose storage
 * holds `index`: from the script's start to its message, parse and all. */
async function detectorMsOn(file: string, index: DetectIndex): Promise<number> {
  const tab = await context.newPage();
  await tab.goto(`${base}/${file}`);
  const runs = await tab.evaluate(async ({ source, index }) => {
    const ts: number[] = [];
    for (let i = 0; i < 31; i++) {
      const t = performance.now();
      await new Promise<void>((done) => {
        (globalThis as { chrome?: unknown }).chrome = {
          runtime: { id: 'bench', sendMessage: () => (done(), Promise.resolve()) },
          storage: { local: { get: () => Promise.resolve({ detectIndex: index }) } },
        };
        (0, eval)(source);
      });
      ts.push(performance.now() - t);
    }
    return ts;
  }, { source: detectorSource, index });
  await tab.close();
  return round(median(runs.slice(1)), 3);
}
const indexes = { 1: indexOf(1), 5: indexOf(5), 20: indexOf(20), 200: indexOf(200) };
const detectorMs = {
  short: await detectorMsOn('neg-football.html', indexes[5]),
  words5000: await detectorMsOn('words-5000.html', indexes[5]),
  paragraphs100000: await detectorMsOn('paragraphs-100000.html', indexes[5]),
  byStories: Object.fromEntries(
    await Promise.all(Object.entries(indexes).map(async ([n, index]) => [n, { ms: await detectorMsOn('words-5000.html', index), indexBytes: JSON.stringify(index).length }])),
  ) as Record<string, { ms: number; indexBytes: number }>,
};

// The shipped detector against 200 found stories (built from rounds of the development pool), on a
// page of the pool's own words: about 5,000 of them.
log('found stories…');
const pool = benchPool();
const { index: foundIndex, page: poolWords, ...foundStories } = benchFoundDetector(200);
const poolPage: string[] = [];
for (let i = 0, words = 0; words < 5000; i++) {
  poolPage.push(`<p>${escapeHtml(poolWords[(i + 1) % poolWords.length])}</p>`);
  words += poolWords[(i + 1) % poolWords.length].split(/\s+/).length;
}
fs.writeFileSync(path.join(dir, 'pool-5000.html'), shell(escapeHtml(poolWords[0]), poolPage.join('\n')));
const foundDetectorMs = await detectorMsOn('pool-5000.html', foundIndex);

const coveragePages = fs.readdirSync(PAGES).filter((f) => !f.startsWith('neg-'));
const firstCards: number[] = [];
/** The page's marks once its first card is out (lib/timings), as its path from navigation. */
const pathIn = async (tab: import('playwright-core').Page): Promise<PathSeen> => {
  await tab.waitForFunction(() => performance.getEntriesByName('triangulate:render:end').length > 0, null, { timeout: 15_000 });
  return pathOf(await tab.evaluate(readMarks));
};
const warmPaths: PathSeen[] = [];
const coldPaths: PathSeen[] = [];
for (const file of coveragePages) {
  const tab = await context.newPage();
  // Watches from the first script: when are the claims marked (the shipped sidebar's root is
  // closed, so its marks in the page tell), measured from the load event.
  await tab.addInitScript(() => {
    const poll = () => {
      if (CSS.highlights.size > 0) (window as unknown as { firstCard: number }).firstCard = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await tab.goto(`${base}/${file}`);
  await tab.waitForFunction(() => (window as unknown as { firstCard?: number }).firstCard !== undefined, null, { timeout: 15_000 });
  firstCards.push(
    await tab.evaluate(() => (window as unknown as { firstCard: number }).firstCard - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
  );
  warmPaths.push(await pathIn(tab));
  await tab.close();
  // Again in a new tab (a page's second visit in the same tab runs the sidebar's code warm)
  // after the worker was stopped, as after the reader left the browser idle: it wakes, and
  // loads the story's index again.
  const next = await context.newPage();
  const stopped = await stopServiceWorker(run, next);
  for (let i = 0; i < 100 && !stopped.status.includes('stopped'); i++) await new Promise((r) => setTimeout(r, 20));
  await stopped.detach();
  await next.goto(`${base}/${file}?stopped`);
  coldPaths.push(await pathIn(next));
  await next.close();
}
await run.close();
server.close();
fs.rmSync(dir, { recursive: true, force: true });

/** Medians of each span (ms) and of the first card from navigation; a wake that no page saw is 0
 * (the worker was awake). */
function spansOf(paths: PathSeen[]) {
  const m = medianPath(paths);
  const of = (pick: (s: { start: number; ms: number }) => number) =>
    Object.fromEntries((Object.keys(PATH_SPANS) as PathSpan[]).map((span) => [span, m.spans[span] ? round(pick(m.spans[span]), 1) : span === 'wake' ? 0 : null])) as Record<PathSpan, number | null>;
  return { ms: { ...of((s) => s.ms), firstCard: m.firstCard === null ? null : round(m.firstCard, 1) }, starts: of((s) => s.start) };
}
const warm = spansOf(warmPaths);
const cold = spansOf(coldPaths);

// ---- report --------------------------------------------------------------------------------
const analyzeMs = round(median([...perSeed.map((p) => p.ms), longMs]));
const importedAt1000 = scale.find((s) => s.corpus === 'imported' && s.articles === 1000)!;

const result = {
  detectorBytes,
  detectorMs: detectorMs.words5000,
  detectorMsByPage: detectorMs,
  analyzeMs,
  analyzeMsBySeed: perSeed,
  analyzeMs1500Words: { words: longWords, ms: longMs, msWhileWarming: longMsWarming },
  readabilityMs,
  firstCardMs: round(median(firstCards), 1),
  firstCardPages: coveragePages.length,
  firstCardSpans: { ...warm.ms, injectedBytes: sidebarBytes },
  firstCardSpanStarts: warm.starts,
  firstCardSpansCold: cold.ms,
  firstCardSpanStartsCold: cold.starts,
  naive: { analyzeMs: round(median(naive.ms)), verdictsRight: round(naive.right / naive.of, 3) },
  ours: { analyzeMs: round(median(ours.ms)), verdictsRight: round(ours.right / ours.of, 3) },
  scale,
  scaleGrowthExponent: growth,
  /** Stories that find themselves (Node): clustering one more article into the pool; the
   * detector's index and a 5,000-word page scored against 200 found stories. */
  pool,
  foundStories: { ...foundStories, detectorMsInChromium: foundDetectorMs },
  budgets: {
    detectorBytes: detectorBytes <= 2560,
    detectorMs: detectorMs.words5000 <= 1,
    analyzeMs: longMs <= 10,
    indexMsAt1000: scale[3].indexMs <= 100,
    analyzeMsAt1000: scale[3].analyzeMs <= 50,
    indexMsAt1000Imported: importedAt1000.indexMs <= 100,
    analyzeMsAt1000Imported: importedAt1000.analyzeMs <= 50,
    analyzeMsAt10000Realistic: scale[scale.length - 1].analyzeMs <= 300,
    firstCardMs: median(firstCards) <= 150,
    poolAddMs: Math.max(pool.addMs500, pool.addMs5000) <= 50,
    foundDetectorMs: foundDetectorMs <= 1,
  },
};

if (json) console.log(JSON.stringify(result, null, 2));
else {
  const ok = (b: boolean) => (b ? 'met' : 'MISSED');
  const rows: [string, string, string, string][] = [
    ['detector size', `${detectorBytes} B`, '≤ 2.5 KB', ok(result.budgets.detectorBytes)],
    ['detector, short page, 5 stories (Chromium)', `${detectorMs.short} ms`, '', ''],
    ['detector, 5,000-word page, 5 stories', `${detectorMs.words5000} ms`, '≤ 1 ms', ok(result.budgets.detectorMs)],
    ['detector, 100,000 paragraphs, 5 stories', `${detectorMs.paragraphs100000} ms`, '', ''],
    ...Object.entries(detectorMs.byStories).map(([n, d]): [string, string, string, string] => [
      `detector, 5,000-word page, ${n} ${n === '1' ? 'story' : 'stories'} / index in storage`, `${d.ms} ms / ${(d.indexBytes / 1024).toFixed(1)} KB`, '', '',
    ]),
    ...perSeed.map((p): [string, string, string, string] => [`analysis, seed ${p.page.slice(0, 3)}`, `${p.ms} ms`, '', '']),
    [`analysis, ${longWords}-word article (warm) / its first 30 runs`, `${longMs} ms / ${longMsWarming} ms`, '≤ 10 ms', ok(result.budgets.analyzeMs)],
    ['Readability on a fixture page (Node)', `${readabilityMs} ms`, '', ''],
    ['naive fuse.js: time per page / verdicts right', `${result.naive.analyzeMs} ms / ${round(100 * result.naive.verdictsRight, 1)}%`, '', ''],
    ['ours: time per page / verdicts right', `${result.ours.analyzeMs} ms / ${round(100 * result.ours.verdictsRight, 1)}%`, '', ''],
    ...scale.map((s): [string, string, string, string] => {
      const at1000 = s.articles === 1000 && s.corpus !== 'realistic';
      const met = s.corpus === 'imported' ? [result.budgets.indexMsAt1000Imported, result.budgets.analyzeMsAt1000Imported] : [result.budgets.indexMsAt1000, result.budgets.analyzeMsAt1000];
      return [
        ...scaleCells(s),
        at1000 ? 'load ≤ 100, analysis ≤ 50 ms' : s.articles === 10000 ? 'analysis ≤ 300 ms' : '',
        at1000 ? met.map(ok).join(' / ') : s.articles === 10000 ? ok(result.budgets.analyzeMsAt10000Realistic) : '',
      ];
    }),
    ['analysis growth, 50 -> 5,000 articles', `~ n^${growth}`, '', ''],
    [`claims marked after load (median of ${coveragePages.length} pages)`, `${result.firstCardMs} ms`, '≤ 150 ms', ok(result.budgets.firstCardMs)],
    ['adding one article to a pool of 500 / 5,000 (clustering, Node)', `${round(pool.addMs500)} / ${round(pool.addMs5000)} ms`, '≤ 50 ms', ok(result.budgets.poolAddMs)],
    [`detector, 5,000-word page, ${foundStories.stories} found stories (Chromium) / index`, `${foundDetectorMs} ms / ${(foundStories.indexBytes / 1024).toFixed(1)} KB`, '≤ 1 ms', ok(result.budgets.foundDetectorMs)],
    [`  the same scoring alone, in Node`, `${round(foundStories.detectMs)} ms`, '', ''],
    ['first card from navigation, worker awake / stopped; its spans below', `${warm.ms.firstCard} ms / ${cold.ms.firstCard} ms`, '', ''],
    ...(Object.keys(PATH_SPANS) as PathSpan[]).map((span): [string, string, string, string] => [
      `  ${span}${span === 'injection' ? ` (${(sidebarBytes / 1024).toFixed(1)} KB bundle)` : ''}`,
      `${warm.ms[span]} ms at ${warm.starts[span]} / ${cold.ms[span]} ms at ${cold.starts[span]}`,
      '', '',
    ]),
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`);
}
