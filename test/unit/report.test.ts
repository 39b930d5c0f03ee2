import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analyze';
import type { FigureClaim, QuoteClaim } from '../../lib/claims/types';
import type { ClaimResult } from '../../lib/match/verdicts';
import { toReport, type SourceName } from '../../lib/report';

const SOURCES: SourceName[] = [
  { id: '000_aaa', label: 'Rutte takes reins at NATO', outlet: '' },
  { id: '002_bbb', label: 'Mark Rutte, the former Prime Minister', outlet: 'Bloomberg' },
];

const q = (text: string, speaker: string | null): QuoteClaim => ({ kind: 'quote', text, speaker, block: 0, ranges: [[0, text.length]] });
const f: FigureClaim = {
  kind: 'figure', text: '32 nations', value: 32, unit: 'count', qualifier: null, noun: ['nations'], context: [], subject: null,
  person: null, quoted: false, block: 1, ranges: [[0, 10]],
};

const RESULTS: ClaimResult[] = [
  {
    claim: q("I'm not worried.", 'Mark Rutte'),
    verdict: 'corroborated',
    evidence: [
      { source: '002_bbb', match: 'exact', passage: '“I’m not worried. I know both | candidates very well,”', start: 0, end: 10, score: 1, diff: [], speaker: 'Mark Rutte' },
      { source: '000_aaa', match: 'variant', passage: 'He is not worried.', start: 0, end: 10, score: 0.7, diff: [], speaker: null },
    ],
  },
  { claim: q('A | pipe in a quote', null), verdict: 'unique', evidence: [] },
  {
    claim: f,
    verdict: 'varying',
    evidence: [{ source: 'zzz_unknown', match: 'variant', passage: '33 nations', start: 0, end: 10, score: 0.5, diff: [], speaker: null, differs: 'value' }],
  },
];

const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  coverage: { detected: true, score: 0.812, story: 'nato-handover-2024' },
  self: null,
  results: RESULTS,
  truncated: false,
  ...over,
});

describe('toReport (markdown)', () => {
  const md = toReport(analysis(), SOURCES, { title: 'Rutte | NATO', url: 'https://example.com/a', format: 'markdown', story: 'NATO leadership handover' });

  it('names the story the page was checked against, with its number of sources', () => {
    expect(md).toContain(`Checked against: NATO leadership handover · ${SOURCES.length} sources`);
    expect(toReport(analysis(), SOURCES, { title: 'T', format: 'markdown' })).not.toContain('Checked against');
  });

  it('has the title with "|" escaped and the page address', () => {
    expect(md.split('\n')[0]).toBe('# Triangulate report: Rutte \\| NATO');
    expect(md).toContain('Page: <https://example.com/a>');
  });

  it('states the counts per verdict', () => {
    expect(md).toContain('3 claims — 1 corroborated, 1 varying, 1 unique.');
  });

  it('has a table row per claim with "|" escaped in the cells', () => {
    const rows = md.split('\n').filter((l) => /^\| (corroborated|varying|unique) \|/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('A \\| pipe in a quote');
    // Every unescaped "|" is a cell border: six per row of five cells.
    for (const row of rows) expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(6);
  });

  it('names sources by label and outlet, and unknown sources by id', () => {
    expect(md).toContain('Mark Rutte, the former Prime Minister (Bloomberg): exact');
    expect(md).toContain('Rutte takes reins at NATO: variant');
    expect(md).toContain('zzz_unknown: variant');
  });

  it('gives the speaker of a quote and “Unattributed” when there is none', () => {
    expect(md).toMatch(/\| I'm not worried\. \| Mark Rutte \|/);
    expect(md).toMatch(/\| A \\\| pipe in a quote \| Unattributed \| — \|/);
  });

  it('lists evidence under each claim that has some, passages escaped', () => {
    expect(md).toContain("## “I'm not worried.”");
    expect(md).toContain('- **exact**, same words, in Mark Rutte, the former Prime Minister (Bloomberg): ““I’m not worried. I know both \\| candidates very well,””');
    // How it matches is said in words; the score is not shown.
    expect(md).toContain('- **variant**, loosely related, in Rutte takes reins at NATO: “He is not worried.”');
    expect(md).not.toMatch(/score \d/);
    expect(md).not.toContain('## “A \\| pipe in a quote”');
  });

  it('says nothing of self or truncation when neither applies', () => {
    expect(md).not.toContain('one of the corpus sources');
    expect(md).not.toContain('very long');
  });

  it('says when the page is a source and when it was cut', () => {
    const other = toReport(analysis({ self: '000_aaa', truncated: true }), SOURCES, { title: '', format: 'markdown' });
    expect(other).toContain('# Triangulate report: Untitled page');
    expect(other).toContain('This page is one of the corpus sources (Rutte takes reins at NATO)');
    expect(other).toContain('only its first part was checked');
    expect(other).not.toContain('Page: <');
  });

  it('reports an analysis without claims', () => {
    const empty = toReport(analysis({ results: [] }), SOURCES, { title: 'T', format: 'markdown' });
    expect(empty).toContain('0 claims — 0 corroborated, 0 varying, 0 unique.');
  });
});

describe('toReport (table)', () => {
  const table = toReport(analysis({ self: '002_bbb' }), SOURCES, { title: 'Rutte', format: 'table' });
  const lines = table.split('\n');

  it('has a header with coverage, score and self', () => {
    expect(lines[0]).toBe('Rutte — coverage yes (score 0.812); this page is source 002_bbb');
    expect(lines[1]).toBe('3 claims: 1 corroborated, 1 varying, 1 unique');
  });

  it('has a line per claim with its verdict and short source marks', () => {
    const body = lines.slice(3);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^corroborated\s+quote/);
    expect(body[0]).toMatch(/002= 000~$/);
    expect(body[1]).toMatch(/^unique\s+quote.* -$/);
    expect(body[2]).toMatch(/^varying\s+figure/);
  });

  it('cuts long claim texts', () => {
    const long = q('word '.repeat(40).trim(), 'Mark Rutte');
    const out = toReport(analysis({ results: [{ claim: long, verdict: 'unique', evidence: [] }] }), SOURCES, { title: 'T', format: 'table' });
    expect(out).toContain('…');
    expect(out).not.toContain(long.text);
  });
});

describe('the report\'s compare grid', () => {
  it('is a table of claims by source, needing attention first, when asked for', () => {
    const md = toReport(analysis(), SOURCES, { title: 'T', format: 'markdown', grid: true });
    const grid = md.slice(md.indexOf('## Compare: claims by source'));
    const rows = grid.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Claim') && !l.startsWith('| ---'));
    expect(grid.split('\n')[2]).toBe('| Claim | Verdict | Takes reins at NATO | Bloomberg |');
    expect(rows).toEqual([
      '| 32 nations | varying (value) | · | · |',
      '| A \\| pipe in a quote | unique | · | · |',
      "| I'm not worried. | corroborated | ≈ | ✓ |",
    ]);
    expect(toReport(analysis(), SOURCES, { title: 'T', format: 'markdown' })).not.toContain('## Compare');
  });
});
