// Readable reports of an analysis: a Markdown report (sidebar export) and a plain table (CLI).
import type { Analysis } from './analyze';
import { attentionRank, claimDetail, countVerdicts } from './cards';
import { matchWords, reasonOf } from './reason';
import { sourceNames } from './source-names';

/** A source as reports name it. */
export interface SourceName {
  id: string;
  label: string;
  outlet: string;
  /** The article's own title, when it states one. */
  title?: string;
}

export interface ReportOptions {
  title: string;
  url?: string;
  /** The story's title: what the page was checked against. */
  story?: string;
  format: 'markdown' | 'table';
  /** Markdown only: add the compare grid, claims by sources, needing attention first. */
  grid?: boolean;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function toReport(analysis: Analysis, sources: SourceName[], options: ReportOptions): string {
  const name = (id: string) => {
    const s = sources.find((x) => x.id === id);
    return s ? s.label + (s.outlet ? ` (${s.outlet})` : '') : id;
  };
  const counts = countVerdicts(analysis.results);
  if (options.format === 'table') {
    const lines = [
      `${options.title || 'Untitled'} — coverage ${analysis.coverage.detected ? 'yes' : 'no'} (score ${analysis.coverage.score})` +
        (analysis.self ? `; this page is source ${analysis.self}` : ''),
      ...(options.story ? [`Checked against: ${options.story} · ${sources.length} sources`] : []),
      `${analysis.results.length} claims: ${counts.corroborated} corroborated, ${counts.varying} varying, ${counts.unique} unique`,
      '',
    ];
    for (const { claim, verdict, evidence } of analysis.results) {
      const srcs = evidence.map((e) => `${e.source.slice(0, 3)}${e.match === 'exact' ? '=' : '~'}`).join(' ') || '-';
      const text = claim.text.length > 70 ? claim.text.slice(0, 69) + '…' : claim.text;
      lines.push(`${verdict.padEnd(12)} ${claim.kind.padEnd(6)} ${claimDetail(claim).slice(0, 22).padEnd(22)} ${text.padEnd(70)} ${srcs}`);
    }
    return lines.join('\n');
  }
  const out = [
    `# Triangulate report: ${cell(options.title || 'Untitled page')}`,
    '',
    ...(options.url ? [`Page: <${options.url}>`, ''] : []),
    ...(options.story ? [`Checked against: ${cell(options.story)} · ${sources.length} sources`, ''] : []),
    `${analysis.results.length} claims — ${counts.corroborated} corroborated, ${counts.varying} varying, ${counts.unique} unique.`,
    ...(analysis.self ? ['', `This page is one of the corpus sources (${name(analysis.self)}); it is not counted as its own evidence.`] : []),
    ...(analysis.truncated ? ['', 'The article was very long; only its first part was checked.'] : []),
    '',
    '| Verdict | Kind | Claim | Speaker / value | Sources |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { claim, verdict, evidence } of analysis.results) {
    const srcs = evidence.map((e) => `${name(e.source)}: ${e.match}`).join('; ') || '—';
    out.push(`| ${verdict} | ${claim.kind} | ${cell(claim.text)} | ${cell(claimDetail(claim))} | ${cell(srcs)} |`);
  }
  out.push('');
  if (options.grid) out.push(...compareGrid(analysis, sources), '');
  for (const { claim, evidence } of analysis.results.filter((r) => r.evidence.length)) {
    out.push(`## “${cell(claim.text)}”`, '');
    for (const e of evidence) out.push(`- **${e.match}**, ${matchWords(claim, e)}, in ${name(e.source)}: “${cell(e.passage)}”`);
    out.push('');
  }
  return out.join('\n');
}

const GRID_MARK = { exact: '✓', variant: '≈' } as const;

/** The compare view as a Markdown table: one row per claim, one column per source. */
export function compareGrid(analysis: Pick<Analysis, 'results'>, sources: SourceName[]): string[] {
  const rows = analysis.results
    .map((r) => ({ r, reason: reasonOf(r) }))
    .sort((a, b) => attentionRank({ verdict: a.r.verdict, reason: a.reason }) - attentionRank({ verdict: b.r.verdict, reason: b.reason }));
  const names = sourceNames(sources.map((s) => ({ ...s, title: s.title ?? '' })));
  const head = sources.map((s) => cell(names.get(s.id) ?? s.label));
  const lines = ['## Compare: claims by source', '', `| Claim | Verdict | ${head.join(' | ')} |`, `| --- | --- | ${head.map(() => '---').join(' | ')} |`];
  for (const { r, reason } of rows) {
    const cells = sources.map((s) => {
      const e = r.evidence.find((x) => x.source === s.id);
      return e ? GRID_MARK[e.match] : '·';
    });
    lines.push(`| ${cell(r.claim.text)} | ${r.verdict}${reason ? ` (${reason})` : ''} | ${cells.join(' | ')} |`);
  }
  lines.push('', '✓ same · ≈ differs · · absent');
  return lines;
}
