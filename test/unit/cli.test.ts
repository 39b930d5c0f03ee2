// The analyze CLI as a reader runs it: the JSON shape, and one line with exit 2 for bad input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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

function tmp(name: string, content: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-cli-')), name);
  fs.writeFileSync(file, content);
  return file;
}
