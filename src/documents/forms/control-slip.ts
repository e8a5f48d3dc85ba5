import { formatDateShortVi, formatDateTimeShortVi, formatDateTimeVi, renderDocument, type RichText } from '../layout';
import { bold, headerBlock, pageOf, type IssuingUnit, type PaperOptions } from './common';

/** How a step ended against its deadline, recorded by the receiving side. */
export type StepResult = 'early' | 'onTime' | 'late';

export const STEP_RESULT_LABELS: Record<StepResult, string> = {
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
};

export interface HandOverParty {
  /** Unit or position, e.g. "Bộ phận Một cửa", "Công chức Tư pháp - Hộ tịch". */
  unit: string;
  officer?: string;
}

export interface ControlStep {
  from: HandOverParty;
  to: HandOverParty;
  handedOverAt: Date;
  /** Step deadline from the procedure's internal process, printed for reference. */
  stepDueAt?: Date;
  result?: StepResult;
  note?: string;
}

/** Mẫu số 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ. */
export interface ControlSlipView extends PaperOptions {
  /** The receiving unit (header). */
  unit: IssuingUnit;
  number?: string;
  issuedAt: Date;
  dossierCode: string;
  resolvingUnit: string;
  coordinatingUnits: string[];
  receivedAt: Date;
  /** The appointment on the receipt (form 01). */
  dueAt: Date;
  /** The appointment set again by an apology (form 04), printed beside the original one. */
  rescheduledDueAt?: Date;
  /** First step: from the receiving counter. */
  steps: ControlStep[];
  /** Empty rows added for hand-offs still to come (filled by hand); default 0. */
  blankRows?: number;
}

/** "14 giờ 40 phút" over "ngày 23/11/2026": the long form, with a numeric date to fit the column. */
function formatDateTimeCellVi(d: Date): string {
  return `${formatDateTimeVi(d).split(',')[0]}\nngày ${formatDateShortVi(d)}`;
}

function stepRow(s: ControlStep, i: number): RichText[] {
  return [
    String(i + 1),
    [{ text: '1. Giao: ', bold: true }, `${s.from.unit}\n`, { text: '2. Nhận: ', bold: true }, s.to.unit],
    [
      formatDateTimeCellVi(s.handedOverAt),
      { text: '\nNgười giao: ', italic: true },
      s.from.officer ?? '',
      { text: '\nNgười nhận: ', italic: true },
      s.to.officer ?? '',
    ],
    [
      ...(s.result ? [bold(STEP_RESULT_LABELS[s.result])] : []),
      ...(s.stepDueAt ? [{ text: `${s.result ? '\n' : ''}(hạn: ${formatDateTimeShortVi(s.stepDueAt)})`, italic: true }] : []),
    ],
    s.note ?? '',
  ];
}

export function renderControlSlip(v: ControlSlipView): Promise<Buffer> {
  const blank: RichText[] = [
    ' ',
    [{ text: '1. Giao:', bold: true }, '\n', { text: '2. Nhận:', bold: true }],
    { text: '…… giờ …… phút\nngày ……/……/………\nNgười giao:\nNgười nhận:', italic: true },
    '',
    '',
  ];
  return renderDocument({
    page: pageOf(v, { size: 'A4' }),
    info: {
      title: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${v.dossierCode}`,
      author: v.unit.name,
      keywords: v.dossierCode,
      createdAt: v.issuedAt,
    },
    blocks: [
      headerBlock(v.unit, v.issuedAt, v.number),
      { kind: 'title', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', subtitle: [['Mã hồ sơ: ', bold(v.dossierCode)]] },
      {
        kind: 'fields',
        rows: [
          { label: 'Cơ quan (bộ phận) giải quyết hồ sơ', value: v.resolvingUnit },
          { label: 'Cơ quan phối hợp giải quyết hồ sơ', value: v.coordinatingUnits.length ? v.coordinatingUnits.join('; ') : 'Không' },
          { label: 'Thời gian tiếp nhận hồ sơ', value: formatDateTimeVi(v.receivedAt) },
          { label: 'Thời gian hẹn trả kết quả', value: bold(formatDateTimeVi(v.dueAt)) },
          ...(v.rescheduledDueAt ? [{ label: 'Thời gian hẹn lại (văn bản xin lỗi)', value: bold(formatDateTimeVi(v.rescheduledDueAt)) }] : []),
        ],
      },
      { kind: 'space', mm: 1 },
      {
        kind: 'table',
        scale: 0.8,
        paddingMm: 1.2,
        columns: [
          { header: 'STT', weight: 1.1, align: 'center' },
          { header: 'TÊN CƠ QUAN, BỘ PHẬN GIAO, NHẬN', weight: 4.8 },
          { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 5.7 },
          { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/ Đúng hạn/ Quá hạn)', weight: 3.8, align: 'center' },
          { header: 'GHI CHÚ', weight: 2.7 },
        ],
        rows: [
          ...v.steps.map(stepRow),
          ...Array.from({ length: v.blankRows ?? 0 }, (_, i) => [String(v.steps.length + i + 1), ...blank.slice(1)]),
        ],
      },
    ],
  });
}
