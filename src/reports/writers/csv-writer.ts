import type { ProcessingReportView } from '../reports.service';
import { FIGURE_GROUPS, NUMBER_COLUMN, figures, groupColumnTitle } from './bieu06-layout';

/**
 * Biểu 06 as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese
 * right): one header line with "group - column" names, the rows, then the totals line.
 */
export function processingCsv(report: ProcessingReportView): Buffer {
  const header = [
    NUMBER_COLUMN,
    'Mã',
    groupColumnTitle(report),
    ...FIGURE_GROUPS.flatMap((g) => g.columns.map((c) => `${g.title} - ${c}`)),
  ];
  const lines = [header];
  report.rows.forEach((row, i) => lines.push([String(i + 1), row.code ?? '', row.name, ...figures(row).map(String)]));
  lines.push(['', '', report.totals.name, ...figures(report.totals).map(String)]);
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

function csvCell(value: string): string {
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
