// npm run analyze -- <file.html|file.txt> [--json] [--force] [--strictness strict|balanced|lenient]
// Prints the claims of one article and their verdicts against the bundled corpus.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../lib/analyze';
import { articleFromDocument, articleFromText, type Article } from '../lib/article';
import { sourceLabel, type CorpusData } from '../lib/corpus';
import { createMatcher, type Strictness } from '../lib/match';
import { toReport } from '../lib/report';

function fail(reason: string): never {
  console.error(`analyze: ${reason}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const force = args.includes('--force');
const si = args.indexOf('--strictness');
const strictness = (si >= 0 ? args[si + 1] : 'balanced') as Strictness;
if (!['strict', 'balanced', 'lenient'].includes(strictness)) fail(`unknown strictness "${strictness}"`);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--strictness');
if (!file) fail('usage: npm run analyze -- <file.html|file.txt> [--json] [--force]');

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

const corpusPath = path.resolve(import.meta.dirname, '../data/corpus.json');
if (!fs.existsSync(corpusPath)) fail('data/corpus.json is missing: run npm run corpus');
const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8')) as CorpusData;
const analysis = analyzeArticle(article, createMatcher(corpus), corpus.vocab, { force, strictness });

if (json) console.log(JSON.stringify(toJson(analysis), null, 2));
else console.log(toReport(analysis, corpus.sources.map((s) => ({ id: s.id, label: sourceLabel(s), outlet: s.outlet })), { title: article.title, format: 'table' }));

function toJson(a: typeof analysis) {
  return {
    coverage: a.coverage,
    self: a.self,
    truncated: a.truncated,
    claims: a.results.map(({ claim, verdict, evidence }) => ({
      kind: claim.kind,
      text: claim.text,
      speaker: claim.kind === 'quote' ? claim.speaker : null,
      value: claim.kind === 'figure' ? claim.value : null,
      unit: claim.kind === 'figure' ? (claim.unit === 'age' ? 'years' : claim.unit) : null,
      verdict,
      evidence: evidence.map((e) => ({ source: e.source, match: e.match, passage: e.passage, score: e.score, diff: e.diff, ...(e.why ? { why: e.why } : {}) })),
    })),
  };
}
