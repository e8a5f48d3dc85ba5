import type { ReceiptView } from '../../../src/documents/forms/receipt';
import { SAMPLE_UNIT } from './unit.sample';

/** A realistic dossier with full Vietnamese diacritics, for tests, previews and the benchmark. */
export function sampleReceipt(overrides: Partial<ReceiptView> = {}): ReceiptView {
  return {
    unit: SAMPLE_UNIT,
    number: '128/TNHS',
    dossierCode: '000.17.22.H56-261123-0001',
    applicant: {
      fullName: 'Nguyễn Thị Hồng Nhung',
      idNumber: '079186012345',
      address: 'Số 12, đường Lê Duẩn, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai',
      phone: '0912 345 678',
      email: 'hongnhung.nguyen@gmail.com',
    },
    representative: { fullName: 'Trần Văn Hưởng', idNumber: '075090001234', phone: '0987 654 321' },
    procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', copies: 1, form: 'bản chính' },
      { name: 'Giấy chứng sinh do cơ sở y tế cấp', copies: 1, form: 'bản chính' },
      { name: 'Văn bản ủy quyền có chứng thực', copies: 1, form: 'bản sao có chứng thực' },
      { name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', copies: 1, form: 'bản chính' },
      { name: 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm y tế (Mẫu TK1-TS)', copies: 1, form: 'bản chính' },
      { name: 'Giấy chứng nhận kết hôn của cha mẹ', copies: 1, form: 'bản sao' },
      { name: 'Căn cước của người đi đăng ký', copies: 1, form: 'bản sao' },
      { name: 'Giấy tờ chứng minh nơi cư trú hợp pháp', copies: 2, form: 'bản sao điện tử' },
    ],
    sets: 1,
    legalTime: '05 ngày làm việc',
    receivedAt: new Date('2026-11-23T07:05:00Z'), // 14:05 in Vietnam
    dueAt: new Date('2026-11-30T03:05:00Z'), // 10:05
    resultCollection: 'Trung tâm Phục vụ hành chính công xã Tân Phú (trả trực tiếp)',
    register: { book: '03', entry: '1.284' },
    fee: 'Miễn lệ phí',
    trackingUrl: 'https://motcua.dongnai.gov.vn/tra-cuu/000.17.22.H56-261123-0001?t=Qm9uZ1N1bmdIdW9uZ0xh',
    receivingOfficer: { fullName: 'Lê Thị Ngọc Ánh' },
    ...overrides,
  };
}
