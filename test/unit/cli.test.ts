// The analyze CLI as a reader runs it: the JSON shape, and one line with exit 2 for bad input.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints the documented JSON for a page', () => {
    const out = run('test/fixtures/pages/seed-004_8c69868f6fc53621.html', '--json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.story).toBe('nato-handover-2024');
    expect(json.coverage).toEqual({ detected: true, score: expect.any(Number) });
    expect(json.self).toBe('004_8c69868f6fc53621');
    const quote = json.claims.find((c: { text: string }) => c.text === 'NATO will be in safe hands.');
    expect(quote).toMatchObject({ kind: 'quote', speaker: 'Jens Stoltenberg', value: null, unit: null, verdict: 'unique', evidence: [] });
    const figure = json.claims.find((c: { kind: string }) => c.kind === 'figure');
    expect(figure).toMatchObject({ speaker: null, value: expect.any(Number), unit: expect.any(String) });
    for (const c of json.claims) {
      for (const e of c.evidence) {
        expect(e).toMatchObject({ source: expect.any(String), match: expect.stringMatching(/^(exact|variant)$/), passage: expect.any(String) });
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(1);
        for (const d of e.diff) expect(['same', 'page', 'source']).toContain(d.op);
      }
    }
  }, 30_000);

  it('gives no claims for a page that is not coverage, unless forced', () => {
    const plain = JSON.parse(run('test/fixtures/pages/neg-dutch-cabinet.html', '--json').stdout);
    expect(plain.story).toBeNull();
    expect(plain.coverage.detected).toBe(false);
    expect(plain.claims).toEqual([]);
    const forced = JSON.parse(run('test/fixtures/pages/neg-dutch-cabinet.html', '--json', '--force').stdout);
    expect(forced.claims.length).toBeGreaterThan(0);
  }, 30_000);

  it('analyses against any pack on disk with --story, without a rebuild', () => {
    const story = 'test/fixtures/stories/rate-cut';
    const page = JSON.parse(run(`${story}/pages/p1_aldersund-post.html`, '--json', '--story', story).stdout);
    expect(page.story).toBe('rate-cut');
    expect(page.coverage.detected).toBe(true);
    const quote = page.claims.find((c: { text: string }) => c.text.startsWith('Nobody should read today'));
    expect(quote).toMatchObject({ speaker: 'Tove Reinholt', verdict: 'corroborated' });
    expect(quote.evidence.map((e: { source: string }) => e.source)).toContain('s1_meridian-wire');
    // Each claim counts the sources that give another value or speaker (CLAIMS §5).
    for (const c of page.claims) expect(c.disagree).toBe(c.evidence.filter((e: { differs?: string }) => e.differs).length);
    expect(page.claims.find((c: { text: string }) => c.text.endsWith('1.4%'))).toMatchObject({ verdict: 'varying', reason: 'value', disagree: expect.any(Number) });
    expect(page.claims.find((c: { text: string }) => c.text.endsWith('1.4%')).disagree).toBeGreaterThan(0);
    // The bundled story is not consulted: a NATO page is not coverage of the rate cut.
    expect(JSON.parse(run('test/fixtures/pages/seed-004_8c69868f6fc53621.html', '--json', '--story', story).stdout).story).toBeNull();
  }, 30_000);

  it('names the story in its table', () => {
    const out = run('test/fixtures/pages/seed-004_8c69868f6fc53621.html');
    expect(out.stdout).toContain('Checked against: NATO leadership handover · 5 sources');
  }, 30_000);

  it.each([
    ['a story folder that is missing', ['x.txt', '--story', '/no/such/pack'], /^analyze: \/no\/such\/pack: not a story folder$/],
    ['a story folder without story.json', ['x.txt', '--story', 'test/fixtures/stories/rate-cut/sources'], /^analyze: sources\/story\.json: missing$/],
    ['--story without a folder', ['x.txt', '--story'], /^analyze: --story needs a value$/],
  ])('exits 2 with one line for %s', (_, args, message) => {
    const file = tmp('page.txt', 'Rutte takes over\nMark Rutte took over NATO on Tuesday, the alliance said.');
    const out = run(...args.map((a) => (a === 'x.txt' ? file : a)));
    expect(out.status).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr.trim()).toMatch(message);
  }, 30_000);

  it.each([
    ['a missing file', () => '/no/such/file.html', /^analyze: no such file: /],
    ['an empty file', () => tmp('empty.txt', ''), /^analyze: .* is empty$/],
    ['a file that is not UTF-8', () => tmp('latin1.txt', Buffer.from([0x52, 0xfc, 0x74, 0x74, 0x65, 0xff])), /^analyze: .* is not UTF-8 text$/],
    ['a directory', () => os.tmpdir(), /^analyze: .* is a directory$/],
  ])('exits 2 with one line for %s', (_, file, message) => {
    const out = run(file());
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr.trim()).toMatch(message);
  }, 30_000);
});

// A fresh clone: the sources of the project without data/corpus.json (git ignores it), analyze
// run in it as a newcomer would, before any other step. The real data/corpus.json is untouched.
describe('npm run analyze on a fresh clone', () => {
  const page = path.join(ROOT, 'test/fixtures/pages/seed-004_8c69868f6fc53621.html');
  const clones: string[] = [];
  afterAll(() => clones.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function clone(): { dir: string; analyze: (...args: string[]) => SpawnSyncReturns<string> } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-clone-'));
    clones.push(dir);
    for (const p of ['package.json', 'lib', 'scripts', 'data/stories', 'data/background', 'data/english-frequency.json']) {
      fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const analyze = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: dir, encoding: 'utf8' });
    return { dir, analyze };
  }

  it('builds the corpus it needs, logging only to stderr, and again only when it is out of date or unreadable', () => {
    const { dir, analyze } = clone();
    const corpus = path.join(dir, 'data/corpus.json');
    expect(fs.existsSync(corpus)).toBe(false);

    const first = analyze(page, '--json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ story: 'nato-handover-2024', coverage: { detected: true } });
    expect(first.stderr).toMatch(/^corpus: data\/corpus\.json was missing: built it from data\/stories\ncorpus: nato-handover-2024: 5 sources/);
    expect(JSON.parse(fs.readFileSync(corpus, 'utf8')).stories.map((s: { story: { id: string } }) => s.story.id)).toEqual(['nato-handover-2024']);

    const again = analyze(page, '--json');
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));

    // Older than a pack it is made of: a source was edited since the build.
    fs.utimesSync(corpus, new Date(0), new Date(0));
    const stale = analyze(page, '--json');
    expect(stale.stderr).toMatch(/^corpus: data\/corpus\.json was out of date: /);
    expect(JSON.parse(stale.stdout).story).toBe('nato-handover-2024');

    fs.writeFileSync(corpus, '{"stories": [');
    const torn = analyze(page);
    expect(torn.status).toBe(0);
    expect(torn.stderr).toMatch(/^corpus: data\/corpus\.json was unreadable: /);
    expect(torn.stdout).toContain('Checked against: NATO leadership handover');
  }, 60_000);

  it('still stops with one line for a bad page, before building anything', () => {
    const { dir, analyze } = clone();
    const out = analyze('/no/such/file.html', '--json');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toMatch(/^analyze: no such file: \/no\/such\/file\.html$/);
    expect(fs.existsSync(path.join(dir, 'data/corpus.json'))).toBe(false);
  }, 30_000);

  it('stops with one line when a pack it would build from is malformed', () => {
    const { dir, analyze } = clone();
    fs.mkdirSync(path.join(dir, 'data/stories/broken/sources'), { recursive: true });
    const out = analyze(page, '--json');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toMatch(/^analyze: broken\/story\.json: missing$/);
    expect(fs.existsSync(path.join(dir, 'data/corpus.json'))).toBe(false);
  }, 30_000);
});

function tmp(name: string, content: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-cli-')), name);
  fs.writeFileSync(file, content);
  return file;
}
