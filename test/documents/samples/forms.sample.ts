import type { ApologyView } from '../../../src/documents/forms/apology';
import type { ControlSlipView } from '../../../src/documents/forms/control-slip';
import type { RefusalView } from '../../../src/documents/forms/refusal';
import type { RegisterRow, RegisterView } from '../../../src/documents/forms/register';
import type { StopNoticeView } from '../../../src/documents/forms/stop-notice';
import type { SupplementRequestView } from '../../../src/documents/forms/supplement-request';
import { SAMPLE_RESOLVING_UNIT, SAMPLE_UNIT } from './unit.sample';

const APPLICANT = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  idNumber: '079186012345',
  address: 'Số 12, đường Lê Duẩn, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai',
  phone: '0912 345 678',
  email: 'hongnhung.nguyen@gmail.com',
};
const CODE = '000.17.22.H56-261123-0001';
const PROCEDURE = 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi';

export function sampleSupplementRequest(overrides: Partial<SupplementRequestView> = {}): SupplementRequestView {
  return {
    unit: SAMPLE_UNIT,
    number: '07/YCBS',
    issuedAt: new Date('2026-11-23T07:20:00Z'),
    dossierCode: CODE,
    applicant: APPLICANT,
    procedureName: PROCEDURE,
    items: [
      { name: 'Giấy chứng sinh do cơ sở y tế cấp', form: 'Bản chính' },
      { name: 'Văn bản ủy quyền', form: 'Bản sao có chứng thực', note: 'ghi rõ phạm vi ủy quyền' },
      { name: 'Tờ khai đăng ký khai sinh: bổ sung quê quán của người cha', form: 'Bản chính' },
    ],
    reason: 'Hồ sơ còn thiếu giấy tờ theo quy định; tờ khai chưa ghi đủ thông tin bắt buộc.',
    contact: { name: 'bà Lê Thị Ngọc Ánh, Bộ phận Một cửa', phone: '0251 3856 789' },
    guidingOfficer: { fullName: 'Lê Thị Ngọc Ánh' },
    ...overrides,
  };
}

export function sampleRefusal(overrides: Partial<RefusalView> = {}): RefusalView {
  return {
    unit: SAMPLE_UNIT,
    number: '03/TCHS',
    issuedAt: new Date('2026-11-23T08:15:00Z'),
    applicant: { ...APPLICANT, fullName: 'Phạm Đức Thắng', idNumber: '075092004567' },
    procedureName: 'Cấp giấy xác nhận tình trạng hôn nhân',
    reasons: [
      'Người yêu cầu đã được cấp Giấy xác nhận tình trạng hôn nhân còn giá trị sử dụng cho cùng mục đích.',
      'Thủ tục thuộc thẩm quyền của Ủy ban nhân dân xã nơi người yêu cầu thường trú (xã Phú Lộc).',
    ],
    receivingOfficer: { fullName: 'Lê Thị Ngọc Ánh' },
    ...overrides,
  };
}

export function sampleApology(overrides: Partial<ApologyView> = {}): ApologyView {
  return {
    agency: SAMPLE_RESOLVING_UNIT,
    number: '15/PXL-UBND',
    issuedAt: new Date('2026-11-27T02:00:00Z'),
    receivingUnitName: 'Trung tâm Phục vụ hành chính công xã Tân Phú',
    receivedAt: new Date('2026-11-23T07:05:00Z'),
    procedureName: PROCEDURE.charAt(0).toLowerCase() + PROCEDURE.slice(1),
    applicant: APPLICANT,
    dossierCode: CODE,
    originalDueAt: new Date('2026-11-30T03:05:00Z'),
    reason: 'Cần xác minh thông tin cư trú của người mẹ tại Công an xã Phú Lộc, chưa nhận được văn bản trả lời',
    newDueAt: new Date('2026-12-03T09:00:00Z'),
    head: { title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', fullName: 'Võ Thành Đạt' },
    ...overrides,
  };
}

export function sampleStopNotice(overrides: Partial<StopNoticeView> = {}): StopNoticeView {
  return {
    agency: SAMPLE_RESOLVING_UNIT,
    number: '04/TB-UBND',
    issuedAt: new Date('2026-11-25T03:30:00Z'),
    receivingUnitName: 'Trung tâm Phục vụ hành chính công xã Tân Phú',
    receivedAt: new Date('2026-11-23T07:05:00Z'),
    procedureName: PROCEDURE.charAt(0).toLowerCase() + PROCEDURE.slice(1),
    applicant: APPLICANT,
    dossierCode: CODE,
    requestedAt: new Date('2026-11-25T01:10:00Z'),
    reason: 'gia đình chuyển nơi cư trú, sẽ nộp hồ sơ tại nơi cư trú mới',
    documentsReturn: 'Hồ sơ, giấy tờ Ông/Bà đã nộp được trả lại tại Trung tâm Phục vụ hành chính công xã Tân Phú.',
    head: { title: 'CHỦ TỊCH', fullName: 'Đặng Quốc Hùng' },
    ...overrides,
  };
}

export function sampleControlSlip(overrides: Partial<ControlSlipView> = {}): ControlSlipView {
  return {
    unit: SAMPLE_UNIT,
    issuedAt: new Date('2026-11-23T07:05:00Z'),
    dossierCode: CODE,
    resolvingUnit: 'Ủy ban nhân dân xã Tân Phú (Công chức Tư pháp - Hộ tịch)',
    coordinatingUnits: ['Công an xã Tân Phú', 'Bảo hiểm xã hội cơ sở Tân Phú'],
    receivedAt: new Date('2026-11-23T07:05:00Z'),
    dueAt: new Date('2026-11-30T03:05:00Z'),
    steps: [
      {
        from: { unit: 'Bộ phận Một cửa', officer: 'Lê Thị Ngọc Ánh' },
        to: { unit: 'Công chức Tư pháp - Hộ tịch', officer: 'Phạm Văn Đức' },
        handedOverAt: new Date('2026-11-23T07:40:00Z'),
        stepDueAt: new Date('2026-11-23T09:05:00Z'),
        result: 'early',
      },
      {
        from: { unit: 'Công chức Tư pháp - Hộ tịch', officer: 'Phạm Văn Đức' },
        to: { unit: 'Lãnh đạo UBND xã', officer: 'Võ Thành Đạt' },
        handedOverAt: new Date('2026-11-26T08:30:00Z'),
        stepDueAt: new Date('2026-11-26T04:00:00Z'),
        result: 'late',
        note: 'Chờ xác minh cư trú tại Công an xã',
      },
      {
        from: { unit: 'Lãnh đạo UBND xã', officer: 'Võ Thành Đạt' },
        to: { unit: 'Bộ phận Một cửa', officer: 'Lê Thị Ngọc Ánh' },
        handedOverAt: new Date('2026-11-27T02:15:00Z'),
        stepDueAt: new Date('2026-11-27T09:00:00Z'),
        result: 'onTime',
      },
    ],
    blankRows: 2,
    ...overrides,
  };
}

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Hoàng Phúc', 'Phạm Thị Thu Hằng', 'Võ Minh Đức', 'Đặng Thị Ánh Tuyết', 'Huỳnh Quốc Việt', 'Bùi Thị Mỹ Duyên'];
const PROCEDURES = [
  'Đăng ký khai sinh',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
  'Cấp giấy xác nhận tình trạng hôn nhân',
  'Đăng ký kết hôn',
  'Đăng ký thường trú',
];

export function sampleRegisterRows(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const received = new Date(Date.UTC(2026, 10, 2 + Math.floor(i / 3), 1 + (i % 3) * 2, (i * 7) % 60));
    return {
      dossierCode: `000.17.22.H56-2611${String(2 + Math.floor(i / 3)).padStart(2, '0')}-${String((i % 3) + 1).padStart(4, '0')}`,
      procedureName: PROCEDURES[i % PROCEDURES.length],
      applicantName: NAMES[i % NAMES.length],
      address: `Ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai`,
      phone: `09${String(12345678 + i * 1111).slice(0, 8)}`,
      resolvingAgency: i % 4 === 3 ? 'Công an xã Tân Phú' : 'UBND xã Tân Phú',
      receivedAt: received,
      dueAt: new Date(received.getTime() + 3 * 86400000),
      // Every seventh was rescheduled by an apology; every fifth ended without a result.
      rescheduledDueAt: i % 7 === 6 ? new Date(received.getTime() + 6 * 86400000) : undefined,
      returnedAt: i % 5 === 4 ? undefined : new Date(received.getTime() + 2 * 86400000),
      outcome: i % 5 === 4 ? { label: i % 10 === 4 ? 'Rút hồ sơ' : 'Từ chối', at: new Date(received.getTime() + 86400000) } : undefined,
      resultMethod: i % 5 === 4 ? undefined : ['Trực tiếp', 'Bưu chính công ích', 'Trực tuyến'][i % 3],
    };
  });
}

export function sampleRegister(rows = 60, overrides: Partial<RegisterView> = {}): RegisterView {
  return {
    unit: SAMPLE_UNIT,
    book: '01/2026',
    from: new Date('2026-10-31T17:00:00Z'),
    to: new Date('2026-11-30T16:59:59Z'),
    issuedAt: new Date('2026-12-01T01:00:00Z'),
    rows: sampleRegisterRows(rows),
    ...overrides,
  };
}
