// npm run corpus over source folders of our own making: a good one builds, each malformed one
// stops the build with one line naming the file and the fault.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOOD = 'title: A headline\noutlet:\ndate:\nurl:\n---\nNATO chief Mark Rutte said so on Tuesday. "We will stand together," Rutte said.\n';

function build(files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-sources-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-out-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', dir, out], { cwd: ROOT, encoding: 'utf8' });
  return { run, out };
}

describe('npm run corpus', () => {
  it('writes the corpus, the detector vocabulary and the names for good sources', () => {
    const { run, out } = build({ 'a.txt': GOOD, 'b.txt': GOOD.replace('A headline', 'Another') });
    expect(run.status).toBe(0);
    const corpus = JSON.parse(fs.readFileSync(path.join(out, 'corpus.json'), 'utf8'));
    expect(corpus.sources.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'corpus-names.json'), 'utf8'))).toContain('Mark Rutte');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'detect-vocab.json'), 'utf8')).threshold).toBeGreaterThan(0);
  }, 30_000);

  it.each([
    ['no body', { 'a.txt': 'title: x\n---\n   \n' }, /^corpus: a\.txt: no body after the header$/],
    ['no header end', { 'a.txt': 'title: x\nJust text.\n' }, /^corpus: a\.txt: bad header: no "---" line/],
    ['an unknown header field', { 'a.txt': 'author: x\n---\nText.\n' }, /^corpus: a\.txt: bad header at line 1/],
    ['a duplicate id', { 'a.txt': GOOD, 'b.txt': 'id: a\n---\nText.\n' }, /^corpus: b\.txt: duplicate id "a" \(also in a\.txt\)$/],
    ['bytes that are not UTF-8', { 'a.txt': Buffer.from([0x74, 0x3a, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]) }, /^corpus: a\.txt: not valid UTF-8$/],
  ])('stops with one line for %s', (_, files, message) => {
    const { run } = build(files as Record<string, string | Buffer>);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  }, 30_000);
});
