/**
 * One row of the results table, and the table itself as JSON and markdown. Each row
 * carries its target so the table says at a glance what is met and what is not.
 */
import type { Summary } from './measure';

export interface ResultRow {
  /** The suite that wrote the row: a later run of that suite replaces it. */
  suite?: string;
  benchmark: string;
  case: string;
  /** Contacts in the data set the row was measured on. */
  contacts: number;
  ours: Summary | null;
  baseline: (Summary & { name: string }) | null;
  /** ours.median / baseline.median, when there is a baseline. */
  ratio: number | null;
  /** A figure that is not a time: cards/s, contacts/s, MB, recall… */
  figure: { name: string; value: number } | null;
  target: string;
  /** null when the target does not apply at this scale or could not be measured. */
  met: boolean | null;
  note: string;
}

export function ratioOf(ours: Summary | null, baseline: Summary | null): number | null {
  return ours && baseline && baseline.medianMs > 0 ? ours.medianMs / baseline.medianMs : null;
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function figureText(figure: ResultRow['figure']): string {
  if (!figure) return '';
  const value = Math.abs(figure.value) >= 100 ? Math.round(figure.value).toLocaleString('en-US') : figure.value.toFixed(3);
  return `${value} ${figure.name}`;
}

export function toMarkdown(rows: readonly ResultRow[]): string {
  const lines = [
    '| Benchmark | Case | Contacts | Median ms | p95 ms | Baseline median ms | Ratio | Figure | Target | Met |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|:---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.benchmark} | ${row.case} | ${row.contacts.toLocaleString('en-US')} | ${row.ours ? ms(row.ours.medianMs) : '–'} | ${
        row.ours ? ms(row.ours.p95Ms) : '–'
      } | ${row.baseline ? `${ms(row.baseline.medianMs)} (${row.baseline.name})` : '–'} | ${row.ratio === null ? '–' : `${row.ratio.toFixed(2)}x`} | ${figureText(
        row.figure,
      )} | ${row.target} | ${row.met === null ? '–' : row.met ? 'yes' : '**no**'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function printRow(row: ResultRow): void {
  const parts = [
    `${row.benchmark} / ${row.case} @${row.contacts}`,
    row.ours ? `median ${ms(row.ours.medianMs)} ms, p95 ${ms(row.ours.p95Ms)} ms (n=${row.ours.runs})` : '',
    row.baseline ? `baseline ${row.baseline.name} median ${ms(row.baseline.medianMs)} ms` : '',
    row.ratio === null ? '' : `ratio ${row.ratio.toFixed(2)}x`,
    figureText(row.figure),
    `target ${row.target}: ${row.met === null ? 'n/a' : row.met ? 'met' : 'MISSED'}`,
    row.note,
  ];
  console.log(parts.filter(Boolean).join(' | '));
}
