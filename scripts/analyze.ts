// npm run analyze -- <file.html|file.txt> [--json] [--force] [--strictness strict|balanced|lenient] [--story <dir>]
// Prints the claims of one article and their verdicts against the bundled stories (the one the
// page covers), or against the story pack in <dir>, built on the spot.
import fs from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../lib/analyze';
import { articleFromDocument, articleFromText, type Article } from '../lib/article';
import { detectIndex, prepareStory, sourceLabel, type StoryCorpus } from '../lib/corpus';
import { createMatcher } from '../lib/match/matcher';
import type { Strictness } from '../lib/match/strictness';
import { reasonOf } from '../lib/reason';
import { toReport } from '../lib/report';
import { SourceFileError } from '../lib/sources';
import { loadCorpus } from './corpus-files';
import { readGeneral, readPack } from './packs';

function fail(reason: string): never {
  console.error(`analyze: ${reason}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const force = args.includes('--force');
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i >= 0 && (!args[i + 1] || args[i + 1].startsWith('--'))) fail(`${name} needs a value`);
  return i >= 0 ? args[i + 1] : undefined;
};
const strictness = (option('--strictness') ?? 'balanced') as Strictness;
if (!['strict', 'balanced', 'lenient'].includes(strictness)) fail(`unknown strictness "${strictness}"`);
const storyDir = option('--story');
const file = args.find((a, i) => !a.startsWith('--') && !['--strictness', '--story'].includes(args[i - 1]));
if (!file) fail('usage: npm run analyze -- <file.html|file.txt> [--json] [--force] [--story <dir>]');

let raw: string;
try {
  const bytes = fs.readFileSync(file);
  raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') fail(`no such file: ${file}`);
  if (code === 'EISDIR') fail(`${file} is a directory`);
  if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA' || !code) fail(`${file} is not UTF-8 text`);
  fail(`cannot read ${file} (${code})`);
}
if (!raw.trim()) fail(`${file} is empty`);

let article: Article | null;
if (/\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(raw)) {
  const { document } = parseHTML(raw);
  article = articleFromDocument(document as unknown as Document, Readability);
} else {
  article = articleFromText(raw);
}
if (!article || !article.blocks.length) fail(`${file} has no readable article text`);

let stories: StoryCorpus[];
try {
  // The bundled stories come from data/corpus.json, built here first when missing or out of
  // date; its log goes to stderr so that stdout stays the report (or the JSON).
  stories = storyDir ? [prepareStory(readPack(storyDir), readGeneral())] : loadCorpus(console.error).stories;
} catch (e) {
  if (e instanceof SourceFileError) fail(e.message);
  throw e;
}
const index = detectIndex(stories);
const matchers = new Map<string, ReturnType<typeof createMatcher>>();
const storyOf = (id: string) => stories.find((s) => s.story.id === id)!;
const matcher = (id: string) => matchers.get(id) ?? matchers.set(id, createMatcher(storyOf(id))).get(id)!;
const analysis = analyzeArticle(article, { index, matcher }, { force, strictness });
const story = analysis.coverage.story ? storyOf(analysis.coverage.story) : null;
const sources = (story ? story.sources : stories.flatMap((s) => s.sources)).map((s) => ({ id: s.id, label: sourceLabel(s), outlet: s.outlet }));

if (json) console.log(JSON.stringify(toJson(analysis), null, 2));
else console.log(toReport(analysis, sources, { title: article.title, format: 'table', story: story?.story.title }));

function toJson(a: typeof analysis) {
  return {
    story: a.coverage.story,
    coverage: { detected: a.coverage.detected, score: a.coverage.score },
    self: a.self,
    truncated: a.truncated,
    claims: a.results.map(({ claim, verdict, evidence }, i) => ({
      kind: claim.kind,
      text: claim.text,
      speaker: claim.kind === 'quote' ? claim.speaker : null,
      value: claim.kind === 'figure' ? claim.value : null,
      unit: claim.kind === 'figure' ? (claim.unit === 'age' ? 'years' : claim.unit) : null,
      verdict,
      // Why a varying claim varies ("words" | "cut" | "speaker" | "value"); null otherwise.
      reason: reasonOf(a.results[i]),
      // Sources that give another value or another speaker, kept however many agree (CLAIMS §5).
      disagree: evidence.filter((e) => e.differs).length,
      evidence: evidence.map((e) => ({
        source: e.source, match: e.match, passage: e.passage, score: e.score, diff: e.diff,
        ...(e.why ? { why: e.why } : {}), ...(e.differs ? { differs: e.differs } : {}), ...(e.note ? { note: e.note } : {}),
      })),
    })),
  };
}
