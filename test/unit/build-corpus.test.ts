// npm run corpus over story folders of our own making: good packs build, each malformed one
// stops the build with one line naming the file and the fault.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectIndex } from '../../lib/corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOOD = 'title: A headline\noutlet:\ndate:\nurl:\n---\nNATO chief Mark Rutte said so on Tuesday. "We will stand together," Rutte said.\n';
const STORY = { id: 'handover', title: 'NATO handover', summary: 'Mark Rutte takes over NATO.', from: '2024-10-01', to: '2024-10-01', language: 'en' };

type Tree = { [name: string]: string | Buffer | Tree };

function write(dir: string, tree: Tree) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(tree)) {
    if (typeof content === 'string' || Buffer.isBuffer(content)) fs.writeFileSync(path.join(dir, name), content);
    else write(path.join(dir, name), content);
  }
}

function build(tree: Tree) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-stories-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-out-'));
  write(dir, tree);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', dir, out, out], { cwd: ROOT, encoding: 'utf8' });
  return { run, out };
}

const pack = (sources: Tree, story: unknown = STORY): Tree => ({ 'story.json': JSON.stringify(story), sources });

describe('npm run corpus', () => {
  it('writes every story and the detector index for good packs', () => {
    const other = { ...STORY, id: 'other', title: 'Another story', summary: 'Something else.' };
    const { run, out } = build({ handover: pack({ 'a.txt': GOOD, 'b.txt': GOOD.replace('A headline', 'Another') }), other: pack({ 'c.txt': GOOD }, other) });
    expect(run.status).toBe(0);
    const corpus = JSON.parse(fs.readFileSync(path.join(out, 'corpus.json'), 'utf8'));
    expect(corpus.stories.map((s: { story: { id: string } }) => s.story.id)).toEqual(['handover', 'other']);
    expect(corpus.stories[0].sources.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    expect(corpus.stories[0].names).toContain('Mark Rutte');
    const heads = JSON.parse(fs.readFileSync(path.join(out, 'stories.json'), 'utf8'));
    expect(heads.map((h: { story: { id: string }; sources: unknown[] }) => [h.story.id, h.sources.length])).toEqual([['handover', 2], ['other', 1]]);
    expect(heads[0].sources[0]).toMatchObject({ id: 'a', title: 'A headline', label: 'A headline' });
    expect(heads[0].sources[0].sentences).toBeGreaterThan(0);
    const { terms, sources } = JSON.parse(fs.readFileSync(path.join(out, 'stories', 'handover.json'), 'utf8'));
    expect(sources.map((s: { id: string; text: string }) => [s.id, s.text.length > 0])).toEqual([['a', true], ['b', true]]);
    // One term table for the story; the sources' indexes number into it.
    expect(terms.split(' ')).toContain('together');
    expect(sources.every((s: { index: { terms?: string } }) => s.index.terms === undefined)).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'general.json'), 'utf8')).news.length).toBeGreaterThan(5);
    // The background builds the detector's index from the heads.
    const index = detectIndex(heads);
    expect(index.stories.map((s: { id: string }) => s.id)).toEqual(['handover', 'other']);
    expect(index.stories[0].threshold).toBeGreaterThan(0);
  }, 30_000);

  it.each([
    ['no body', { handover: pack({ 'a.txt': 'title: x\n---\n   \n' }) }, /^corpus: handover\/sources\/a\.txt: no body after the header$/],
    ['no header end', { handover: pack({ 'a.txt': 'title: x\nJust text.\n' }) }, /^corpus: handover\/sources\/a\.txt: bad header: no "---" line/],
    ['an unknown header field', { handover: pack({ 'a.txt': 'author: x\n---\nText.\n' }) }, /^corpus: handover\/sources\/a\.txt: bad header at line 1/],
    ['a duplicate id', { handover: pack({ 'a.txt': GOOD, 'b.txt': 'id: a\n---\nText.\n' }) }, /^corpus: handover\/sources\/b\.txt: duplicate id "a" \(also in handover\/sources\/a\.txt\)$/],
    ['bytes that are not UTF-8', { handover: pack({ 'a.txt': Buffer.from([0x74, 0x3a, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]) }) }, /^corpus: handover\/sources\/a\.txt: not valid UTF-8$/],
    ['no story.json', { handover: { sources: { 'a.txt': GOOD } } }, /^corpus: handover\/story\.json: missing$/],
    ['a story.json that is not JSON', { handover: { 'story.json': '{ id: ', sources: { 'a.txt': GOOD } } }, /^corpus: handover\/story\.json: not valid JSON/],
    ['a story without a summary', { handover: pack({ 'a.txt': GOOD }, { ...STORY, summary: '' }) }, /^corpus: handover\/story\.json: summary must be a non-empty string$/],
    ['a story with a bad date', { handover: pack({ 'a.txt': GOOD }, { ...STORY, from: '1 Oct 2024' }) }, /^corpus: handover\/story\.json: from and to must be dates/],
    ['a story that ends before it begins', { handover: pack({ 'a.txt': GOOD }, { ...STORY, to: '2024-09-01' }) }, /^corpus: handover\/story\.json: to is before from$/],
    ['a story id unlike its folder', { handover: pack({ 'a.txt': GOOD }, { ...STORY, id: 'elsewhere' }) }, /^corpus: handover\/story\.json: id "elsewhere" differs from the folder's name$/],
    ['a pack without sources', { handover: pack({}) }, /^corpus: handover\/sources: no \.txt source files$/],
    ['no packs at all', {}, /no story folders$/],
    ['a source id in two stories', { handover: pack({ 'a.txt': GOOD }), other: pack({ 'a.txt': GOOD }, { ...STORY, id: 'other' }) }, /duplicate source id "a"/],
  ])('stops with one line for %s', (_, tree, message) => {
    const { run } = build(tree as Tree);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  }, 30_000);
});
