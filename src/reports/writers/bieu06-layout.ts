import type { ProcessingReportView, ProcessingRowView } from '../reports.service';

/**
 * The printed form of Biểu 06 (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP): 13 columns, the
 * figures in three groups under a two-row heading. Shared by the CSV, XLSX and PDF writers.
 */
export const FORM_NUMBER = 'Biểu số 06/VPCP/KSTT';
export const FORM_BASIS = 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP';
export const FORM_TITLE = 'Tình hình, kết quả giải quyết thủ tục hành chính';
export const UNIT_NOTE = 'Đơn vị tính: Số hồ sơ TTHC';

export interface ColumnGroup {
  title: string;
  columns: string[];
}

export const FIGURE_GROUPS: ColumnGroup[] = [
  { title: 'Số hồ sơ nhận giải quyết', columns: ['Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước chuyển qua'] },
  { title: 'Số hồ sơ đã giải quyết', columns: ['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'] },
  { title: 'Số hồ sơ đang giải quyết', columns: ['Tổng số', 'Trong hạn', 'Quá hạn'] },
];

export const NUMBER_COLUMN = 'STT';

export function groupColumnTitle(report: Pick<ProcessingReportView, 'groupBy'>): string {
  return report.groupBy === 'field' ? 'Lĩnh vực giải quyết' : 'Thủ tục hành chính';
}

/** The 11 figures of a row, in the form's column order (3) … (13). */
export function figures(row: ProcessingRowView): number[] {
  return [
    row.received.total,
    row.received.online,
    row.received.directOrPostal,
    row.received.carriedOver,
    row.resolved.total,
    row.resolved.early,
    row.resolved.onTime,
    row.resolved.late,
    row.pending.total,
    row.pending.onTime,
    row.pending.late,
  ];
}

/** "Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026" */
export function periodLine(report: Pick<ProcessingReportView, 'period'>): string {
  return `Kỳ báo cáo: từ ngày ${shortDate(report.period.from)} đến ngày ${shortDate(report.period.to)}`;
}

/** A file name such as bieu-06_000.17.22.H56_2026-10-01_2026-10-31.xlsx */
export function fileName(report: ProcessingReportView, extension: string): string {
  return `bieu-06_${report.agency.code}_${report.period.from}_${report.period.to}.${extension}`;
}

/** 2026-10-01 → 01/10/2026 */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
