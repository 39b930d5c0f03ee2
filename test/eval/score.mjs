#!/usr/bin/env node
// Copied from the team's shared tools (score.mjs) so tests never read outside the project.
// Scores the analyzer's JSON for one page against a labels file (see ../labels/README.md).
// Usage: node score.mjs LABELS.json PREDICTION.json [--verbose]
//        node score.mjs --dir LABELS_DIR --cmd 'npm run --silent analyze -- {page} --json' --pages PAGES_DIR
// The second form runs the analyzer on PAGES_DIR/<page>.{html,txt} for every labels file and
// prints the totals. Exit 0 always when it could score; 2 on unusable input.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const tokens = (s) => norm(s).split(' ').filter(Boolean);
function jaccard(a, b) {
  const A = new Set(tokens(a)), B = new Set(tokens(b));
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter || 1);
}
const lastName = (s) => tokens(s).pop() ?? '';

function same(gold, pred) {
  if (gold.kind !== pred.kind) return 0;
  const g = norm(gold.text), p = norm(pred.text);
  if (!g || !p) return 0;
  if (gold.kind === 'figure') {
    // dates have no one agreed numeric encoding: their text decides
    const valueOk = gold.unit === 'date' || pred.value == null || gold.value == null || Number(pred.value) === Number(gold.value);
    if (!valueOk) return 0;
    if (g.includes(p) || p.includes(g)) return 1;
    return jaccard(g, p) >= 0.5 ? 0.75 : 0;
  }
  if (g === p) return 1;
  if (g.includes(p) || p.includes(g)) {
    const short = Math.min(g.length, p.length), long = Math.max(g.length, p.length);
    return short / long >= 0.6 ? 0.9 : 0;
  }
  return jaccard(g, p) >= 0.6 ? 0.7 : 0;
}

function pair(golds, preds) {
  const cand = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    const s = same(g, p);
    if (s > 0) cand.push([s, i, j]);
  }));
  cand.sort((a, b) => b[0] - a[0]);
  const gi = new Map(), pj = new Set();
  for (const [, i, j] of cand) if (!gi.has(i) && !pj.has(j)) { gi.set(i, j); pj.add(j); }
  return { gi, pj };
}

const isConflict = (p) => p.verdict === 'varying' && (p.reason === 'speaker' || p.reason === 'value');
export function score(labels, prediction) {
  // on a page whose coverage is debatable, claims of a tool that took it as coverage are not held against it
  const claims = labels.coverageEither && !(labels.claims ?? []).length ? [] : prediction.claims ?? [];
  const preds = claims.map((c) => ({ ...c, verdict: c.verdict ?? c.status }));
  const golds = labels.claims ?? [];
  const { gi, pj } = pair(golds, preds);
  // predicted claims that match an optional label are neither right nor wrong
  const rest = preds.filter((_, j) => !pj.has(j));
  const { pj: optHit } = pair(labels.optional ?? [], rest);
  const s = {
    coverageRight: labels.coverageEither || Boolean(prediction.coverage?.detected) === Boolean(labels.coverage),
    quote: { gold: 0, found: 0, predicted: 0, extra: 0 },
    figure: { gold: 0, found: 0, predicted: 0, extra: 0 },
    verdictRight: 0, verdictOf: 0, speakerRight: 0, speakerOf: 0,
    falseCorroborations: [], falseConflicts: [], misses: [], wrongVerdicts: [], wrongSpeakers: [], extras: [],
    sourceTp: 0, sourceFp: 0, sourceFn: 0,
  };
  golds.forEach((g, i) => {
    s[g.kind].gold++;
    if (!gi.has(i)) { s.misses.push(g); return; }
    const p = preds[gi.get(i)];
    s[g.kind].found++;
    s.verdictOf++;
    const ok = [].concat(g.verdict); // a label may accept more than one verdict
    if (ok.includes(p.verdict)) s.verdictRight++;
    else s.wrongVerdicts.push({ text: g.text, gold: ok.join('|'), got: p.verdict });
    if (p.verdict === 'corroborated' && !ok.includes('corroborated')) s.falseCorroborations.push(g.text);
    // a conflict (another speaker, another value) raised where the sources do not disagree
    if (isConflict(p) && !ok.includes('varying')) s.falseConflicts.push(`${g.text} (${p.reason})`);
    if (g.kind === 'quote' && g.speaker) {
      s.speakerOf++;
      if (p.speaker && lastName(p.speaker) === lastName(g.speaker)) s.speakerRight++;
      else s.wrongSpeakers.push({ text: g.text, gold: g.speaker, got: p.speaker ?? null });
    }
    const goldSrc = new Set(Object.keys(g.sources ?? {}));
    const predSrc = new Set((p.evidence ?? []).map((e) => e.source));
    for (const x of predSrc) goldSrc.has(x) ? s.sourceTp++ : s.sourceFp++;
    for (const x of goldSrc) if (!predSrc.has(x)) s.sourceFn++;
  });
  rest.forEach((p, k) => {
    if (optHit.has(k)) return;
    if (p.kind === 'quote' || p.kind === 'figure') { s[p.kind].extra++; s.extras.push(`${p.kind}: ${p.text}`); }
    if ((p.kind === 'quote' || p.kind === 'figure') && isConflict(p)) s.falseConflicts.push(`${p.text} (${p.reason}, not a claim)`);
  });
  preds.forEach((p) => { if (s[p.kind]) s[p.kind].predicted++; });
  return s;
}

function add(t, s) {
  t.pages++;
  t.coverageRight += s.coverageRight ? 1 : 0;
  for (const k of ['quote', 'figure']) for (const f of Object.keys(s[k])) t[k][f] += s[k][f];
  for (const f of ['verdictRight', 'verdictOf', 'speakerRight', 'speakerOf', 'sourceTp', 'sourceFp', 'sourceFn'])
    t[f] += s[f];
  t.falseCorroborations += s.falseCorroborations.length;
  t.falseConflicts += s.falseConflicts.length;
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
function report(t) {
  const prec = (k) => pct(t[k].found, t[k].found + t[k].extra);
  const lines = [
    `pages ${t.pages}  coverage right ${t.coverageRight}/${t.pages}`,
    `quotes   recall ${pct(t.quote.found, t.quote.gold)}%  precision ${prec('quote')}%  (gold ${t.quote.gold}, found ${t.quote.found}, extra ${t.quote.extra})`,
    `figures  recall ${pct(t.figure.found, t.figure.gold)}%  precision ${prec('figure')}%  (gold ${t.figure.gold}, found ${t.figure.found}, extra ${t.figure.extra})`,
    `verdicts right ${pct(t.verdictRight, t.verdictOf)}% of found claims  speakers right ${pct(t.speakerRight, t.speakerOf)}%`,
    `evidence sources precision ${pct(t.sourceTp, t.sourceTp + t.sourceFp)}%  recall ${pct(t.sourceTp, t.sourceTp + t.sourceFn)}%`,
    `false corroborations ${t.falseCorroborations}  false conflicts ${t.falseConflicts}`,
    `SCORE claims-found ${pct(t.quote.found + t.figure.found, t.quote.gold + t.figure.gold)} verdicts-right ${pct(t.verdictRight, t.verdictOf)} end-to-end ${pct(t.verdictRight, t.quote.gold + t.figure.gold)} false-corroborations ${t.falseCorroborations} false-conflicts ${t.falseConflicts}`,
  ];
  return lines.join('\n');
}

function blank() {
  const k = () => ({ gold: 0, found: 0, predicted: 0, extra: 0 });
  return { pages: 0, coverageRight: 0, quote: k(), figure: k(), verdictRight: 0, verdictOf: 0, speakerRight: 0,
    speakerOf: 0, sourceTp: 0, sourceFp: 0, sourceFn: 0, falseCorroborations: 0, falseConflicts: 0 };
}

function detail(name, s) {
  const out = [`== ${name}: coverage ${s.coverageRight ? 'right' : 'WRONG'}`];
  for (const m of s.misses) out.push(`  missed ${m.kind}: ${m.text}`);
  for (const w of s.wrongVerdicts) out.push(`  verdict ${w.got} (want ${w.gold}): ${w.text}`);
  for (const e of s.extras) out.push(`  extra ${e}`);
  for (const w of s.wrongSpeakers) out.push(`  speaker ${w.got ?? 'none'} (want ${w.gold}): ${w.text}`);
  for (const f of s.falseConflicts) out.push(`  false conflict: ${f}`);
  return out.join('\n');
}

function main(argv) {
  const verbose = argv.includes('--verbose');
  const args = argv.filter((a) => a !== '--verbose');
  const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
  const total = blank();
  if (opt('--dir')) {
    const dir = opt('--dir'), cmd = opt('--cmd'), pages = opt('--pages');
    if (!cmd || !pages) { console.error('--dir needs --cmd and --pages'); return 2; }
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const labels = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const stem = labels.page ?? f.replace(/\.json$/, '');
      const file = ['.html', '.txt'].map((e) => path.join(pages, stem + e)).find((p) => fs.existsSync(p));
      if (!file) { console.error(`no page for ${stem} in ${pages}`); return 2; }
      let pred;
      try {
        pred = JSON.parse(execSync(cmd.replace('{page}', JSON.stringify(file)), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }));
      } catch (e) {
        console.log(`== ${stem}: analyzer failed: ${String(e.message).split('\n')[0]}`);
        pred = { coverage: { detected: false }, claims: [] };
      }
      const s = score(labels, pred);
      if (verbose) console.log(detail(stem, s));
      add(total, s);
    }
  } else {
    if (args.length < 2) { console.error('usage: score.mjs LABELS.json PREDICTION.json [--verbose]'); return 2; }
    const s = score(JSON.parse(fs.readFileSync(args[0], 'utf8')), JSON.parse(fs.readFileSync(args[1], 'utf8')));
    if (verbose) console.log(detail(path.basename(args[0]), s));
    add(total, s);
  }
  console.log(report(total));
  return 0;
}

const invoked = process.argv[1] && fs.realpathSync(process.argv[1]);
if (invoked && invoked === fs.realpathSync(new URL(import.meta.url).pathname)) process.exit(main(process.argv.slice(2)));
