import { mediaBoxes, pdfText } from '../support/pdf-inspect';
import { renderApology } from '../../src/documents/forms/apology';
import { renderControlSlip } from '../../src/documents/forms/control-slip';
import { renderRefusal } from '../../src/documents/forms/refusal';
import { renderStopNotice } from '../../src/documents/forms/stop-notice';
import { renderSupplementRequest } from '../../src/documents/forms/supplement-request';
import { renderAllSamples } from './samples/all.sample';
import {
  sampleApology,
  sampleControlSlip,
  sampleRefusal,
  sampleStopNotice,
  sampleSupplementRequest,
} from './samples/forms.sample';

const COMMON = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND TỈNH ĐỒNG NAI'];

async function expectText(pdf: Buffer, expected: string[], pages = 1): Promise<void> {
  const { text, total } = await pdfText(pdf);
  expect(total).toBe(pages);
  for (const e of [...COMMON, ...expected]) expect(text).toContain(e);
}

describe('form 02 — request to supplement', () => {
  it('lists what to supply, the reason and whom to contact, signed by the guiding officer', async () => {
    await expectText(await renderSupplementRequest(sampleSupplementRequest()), [
      'Số: 07/YCBS',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Số điện thoại: 0912 345 678',
      'Email: hongnhung.nguyen@gmail.com',
      'Mã hồ sơ: 000.17.22.H56-261123-0001',
      'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
      'Giấy chứng sinh do cơ sở y tế cấp',
      'Bản sao có chứng thực',
      'ghi rõ phạm vi ủy quyền',
      'Lý do: Hồ sơ còn thiếu giấy tờ theo quy định',
      'liên hệ với bà Lê Thị Ngọc Ánh, Bộ phận Một cửa, số điện thoại 0251 3856 789 để được hướng dẫn',
      'NGƯỜI HƯỚNG DẪN',
      'Lê Thị Ngọc Ánh',
    ]);
  });
});

describe('form 03 — refusal', () => {
  it('gives the reasons and both signatures', async () => {
    await expectText(await renderRefusal(sampleRefusal({ dossierCode: '000.17.22.H56-261123-0002' })), [
      'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      'tiếp nhận hồ sơ của: Phạm Đức Thắng',
      'Số định danh cá nhân: 075092004567',
      'Mã hồ sơ: 000.17.22.H56-261123-0002',
      'Nội dung yêu cầu giải quyết: Cấp giấy xác nhận tình trạng hôn nhân',
      '1. Người yêu cầu đã được cấp Giấy xác nhận tình trạng hôn nhân còn giá trị sử dụng',
      '2. Thủ tục thuộc thẩm quyền của Ủy ban nhân dân xã nơi người yêu cầu thường trú (xã Phú Lộc).',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Phạm Đức Thắng',
    ]);
  });
});

describe('form 04 — apology and request to extend (TT 03/2025)', () => {
  it('states the original time, the reason, the apology and the extension, signed by the head', async () => {
    await expectText(await renderApology(sampleApology()), [
      'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
      'Số: 15/PXL-UBND',
      'Tân Phú, ngày 27 tháng 11 năm 2026',
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung',
      'Ngày 23 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công xã Tân Phú tiếp nhận hồ sơ đề nghị đăng ký khai sinh',
      'số định danh cá nhân: 079186012345',
      'mã hồ sơ: 000.17.22.H56-261123-0001',
      'Thời hạn giải quyết hồ sơ theo giấy hẹn: 10 giờ 05 phút, ngày 30 tháng 11 năm 2026',
      'chưa giải quyết xong hồ sơ của Ông/Bà. Lý do: Cần xác minh thông tin cư trú của người mẹ',
      'trân trọng xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến 16 giờ 00 phút, ngày 03 tháng 12 năm 2026',
      'Rất mong nhận được sự thông cảm của Ông/Bà./.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '(Ký, ghi rõ họ tên và đóng dấu)',
      'Võ Thành Đạt',
      'Nơi nhận:',
    ]);
  });
});

describe('form 05 — stop notice', () => {
  it('records the request to stop, the effective time and the return of documents', async () => {
    await expectText(await renderStopNotice(sampleStopNotice()), [
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Số: 04/TB-UBND',
      'Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung',
      'Nghị định số 118/2025/NĐ-CP',
      'mã hồ sơ: 000.17.22.H56-261123-0001',
      'Ngày 25 tháng 11 năm 2026, Ông/Bà có yêu cầu dừng giải quyết hồ sơ nêu trên với lý do: gia đình chuyển nơi cư trú',
      'thông báo dừng giải quyết hồ sơ kể từ 10 giờ 30 phút, ngày 25 tháng 11 năm 2026',
      'được trả lại tại Trung tâm Phục vụ hành chính công xã Tân Phú',
      'CHỦ TỊCH',
      'Đặng Quốc Hùng',
    ]);
  });
});

describe('form 06 — processing control slip', () => {
  it('has the header fields and one row per hand-off with time, parties and step result', async () => {
    const pdf = await renderControlSlip(sampleControlSlip());
    await expectText(pdf, [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mã hồ sơ: 000.17.22.H56-261123-0001',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân xã Tân Phú (Công chức Tư pháp - Hộ tịch)',
      'Cơ quan phối hợp giải quyết hồ sơ: Công an xã Tân Phú; Bảo hiểm xã hội cơ sở Tân Phú',
      'Thời gian tiếp nhận hồ sơ: 14 giờ 05 phút, ngày 23 tháng 11 năm 2026',
      'Thời gian hẹn trả kết quả: 10 giờ 05 phút, ngày 30 tháng 11 năm 2026',
      '1. Giao: Bộ phận Một cửa',
      '2. Nhận: Công chức Tư pháp - Hộ tịch',
      '14 giờ 40 phút ngày 23/11/2026',
      'Người giao: Lê Thị Ngọc Ánh',
      'Người nhận: Phạm Văn Đức',
      'Trước hạn',
      'Quá hạn',
      'Đúng hạn',
      'Chờ xác minh cư trú tại Công an xã',
    ]);
    const [[w, h]] = mediaBoxes(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]); // A4 portrait by default
  });

  it('fits A5 landscape when asked', async () => {
    const pdf = await renderControlSlip(sampleControlSlip({ paperSize: 'A5', landscape: true }));
    const [[w, h]] = mediaBoxes(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([595, 420]);
    expect((await pdfText(pdf)).text).toContain('Người nhận: Lê Thị Ngọc Ánh');
  });
});

describe('all forms', () => {
  it('reprint byte for byte', async () => {
    const first = await renderAllSamples();
    const second = await renderAllSamples();
    for (const name of Object.keys(first)) {
      expect({ name, same: first[name].equals(second[name]) }).toEqual({ name, same: true });
    }
  });
});
