import type { ProcessingReportView, ProcessingRowView } from '../reports.service';

/**
 * The printed form of Biểu 06 (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP): the form's 13 columns,
 * the figures in groups under a two-row heading, plus the dossiers that ended without a result
 * (withdrawn, stopped) in their own columns (14)–(15) so that every row balances:
 * (3) = (7) + (11) + (14) (DOMAIN.md §6). Shared by the CSV, XLSX and PDF writers.
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
  { title: 'Số hồ sơ kết thúc không có kết quả (rút, dừng)', columns: ['Tổng số', 'Trong đó sau thời hạn (tính quá hạn)'] },
];

/** Every column of the table: STT, the group name and the figures. */
export const COLUMN_COUNT = 2 + FIGURE_GROUPS.reduce((n, g) => n + g.columns.length, 0);

/** The notes printed under the table: how the classes are taken and the balance of a row. */
export const TABLE_NOTES = [
  'Ghi chú: trước hạn, đúng hạn, quá hạn tính theo ngày hẹn trả kết quả ban đầu (không tính ngày hẹn lại trong văn bản xin lỗi); hồ sơ từ chối sau thẩm định là kết quả giải quyết.',
  'Mỗi dòng: (3) = (7) + (11) + (14). Hồ sơ rút hoặc dừng sau thời hạn giải quyết (cột 15) vẫn tính là quá hạn trong tỷ lệ đúng hạn.',
];

/** The signature block of the form, under the table. */
export const SIGNERS = { preparer: 'Người lập biểu', head: 'Thủ trưởng đơn vị', note: '(Ký, ghi rõ họ tên)', headNote: '(Ký, ghi rõ họ tên, đóng dấu)' };

export const NUMBER_COLUMN = 'STT';

export function groupColumnTitle(report: Pick<ProcessingReportView, 'groupBy'>): string {
  return report.groupBy === 'field' ? 'Lĩnh vực giải quyết' : 'Thủ tục hành chính';
}

/** The figures of a row, in column order (3) … (15). */
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
    row.endedUnresolved.total,
    row.endedUnresolved.late,
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
