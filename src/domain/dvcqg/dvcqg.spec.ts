import fc from 'fast-check';
import { chunks, hoSoRecord, judgeAnswer, parsePortalTime, portalTime, progressRow, type DossierSnapshot } from './index';

const snapshot: DossierSnapshot = {
  code: '000.17.22.H56-261204-0001',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  fieldCode: 'HOTICH',
  fieldName: 'Hộ tịch',
  channel: 'postal',
  applicantKind: 'person',
  applicantName: 'Nguyễn Thị Hoa',
  applicantIdNumber: '038190001234',
  applicantPhone: '0912345678',
  applicantEmail: null,
  resolvingAuthorityCode: '000.17.22.H56',
  status: 3,
  receivedAt: new Date('2026-12-04T02:30:00Z'),
  dueAt: new Date('2026-12-04T10:00:00Z'),
  resolvedAt: null,
  returnedAt: null,
  endedAt: new Date('2026-12-04T03:15:05Z'),
  returnMethod: null,
  note: null,
  documents: [{ name: 'Tờ khai', copies: 1 }],
  fee: { amount: 0, text: '' },
  supplements: [],
};

describe('portal time', () => {
  it('is Vietnam local time in 14 digits', () => {
    expect(portalTime(new Date('2026-12-04T02:30:00Z'))).toBe('20261204093000');
    expect(portalTime(new Date('2026-12-31T17:00:00Z'))).toBe('20270101000000'); // the local new year
  });

  it('parses back to the same instant and rejects what is not a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        const at = new Date(Math.floor(ms / 1000) * 1000);
        expect(parsePortalTime(portalTime(at))?.getTime()).toBe(at.getTime());
      }),
    );
    for (const bad of ['2026-12-04T09:30', '20261304093000', '20260230093000', '2026120409300', 20261204093000]) expect(parsePortalTime(bad)).toBeNull();
  });
});

describe('HoSo record', () => {
  it('maps a refused postal dossier with its codes, local times and end', () => {
    const r = hoSoRecord(snapshot);
    expect(r).toMatchObject({
      MaHoSo: snapshot.code,
      MaTTHC: '1.001193',
      KenhThucHien: 3,
      LoaiDoiTuong: 1,
      NgayTiepNhan: '20261204093000',
      NgayHenTra: '20261204170000',
      TrangThaiHoSo: 3,
      DonViXuLy: '000.17.22.H56',
      DinhDanhCHS: [{ LoaiDinhDanh: 1, SoDinhDanh: '038190001234' }],
      NgayKetThucXuLy: '20261204101505',
      NgayTuChoi: '20261204101505',
    });
    expect(r).not.toHaveProperty('Email');
    expect(r).not.toHaveProperty('NgayTra');
  });

  it('keeps the summary within 1000 characters and marks other identifiers as type 2', () => {
    const r = hoSoRecord({ ...snapshot, applicantName: 'Đ'.repeat(1200), applicantIdNumber: 'B1234567', status: 10, returnedAt: snapshot.endedAt, returnMethod: 'online' });
    expect([...(r.TrichYeuHoSo as string)]).toHaveLength(1000);
    expect(r.DinhDanhCHS).toEqual([{ LoaiDinhDanh: 2, SoDinhDanh: 'B1234567' }]);
    expect(r).toMatchObject({ NgayTra: '20261204101505', HinhThuc: 2 });
    expect(r).not.toHaveProperty('NgayTuChoi');
  });

  it('writes progress rows with the actor cut to 50 characters', () => {
    const row = progressRow({
      dossierCode: 'X',
      actorName: 'A'.repeat(60),
      actorTitle: 'Chuyên viên',
      occurredAt: new Date('2026-12-04T02:30:00Z'),
      unit: 'Bộ phận Một cửa',
      content: 'Tiếp nhận hồ sơ',
      statusAfter: 2,
      stepStart: new Date('2026-12-04T02:30:00Z'),
      stepDeadline: new Date('2026-12-04T10:00:00Z'),
    });
    expect((row.NguoiXuLy as string).length).toBe(50);
    expect(row.NgayKetThucTheoQuyDinh).toBe('20261204170000');
  });

  it('chunks rows by at most ten', () => {
    expect(chunks([...Array(23).keys()], 10).map((c) => c.length)).toEqual([10, 10, 3]);
    expect(chunks([], 10)).toEqual([]);
  });
});

describe('portal answers', () => {
  it('tells accepted, already there, refused and transient apart', () => {
    expect(judgeAnswer(200, { error_code: '0', message: 'Thành công' })).toEqual({ kind: 'accepted' });
    expect(judgeAnswer(200, { error_code: 0 })).toEqual({ kind: 'accepted' });
    expect(judgeAnswer(200, { error_code: '-1', message: 'Hồ sơ đã tồn tại' }).kind).toBe('already_exists');
    expect(judgeAnswer(200, { error_code: '-1', message: 'MaTTHC không hợp lệ' })).toEqual({ kind: 'refused', message: 'MaTTHC không hợp lệ' });
    expect(judgeAnswer(503, null).kind).toBe('transient');
    expect(judgeAnswer(400, { error_code: '1', message: 'Thiếu MaHoSo' })).toEqual({ kind: 'refused', message: 'HTTP 400: Thiếu MaHoSo' });
  });
});
