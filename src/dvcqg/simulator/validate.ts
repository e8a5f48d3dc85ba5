import { parsePortalTime } from '../../domain/dvcqg';

type Row = Record<string, unknown>;

const NATIONAL_PROCEDURE = /^\d\.\d{6}$/;
/** QCVN 102:2016 agency identifier, e.g. 000.17.22.H56. */
const AGENCY = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** The first problem of a HoSo record, in the portal's words, or null when it is acceptable. */
export function recordProblem(r: Row): string | null {
  for (const field of ['MaHoSo', 'TenTTHC', 'MaLinhVuc', 'TenLinhVuc', 'ChuHoSo']) {
    if (!nonEmpty(r[field])) return `Thiếu trường bắt buộc ${field}`;
  }
  if (!nonEmpty(r.MaTTHC)) return 'Thiếu trường bắt buộc MaTTHC';
  if (!NATIONAL_PROCEDURE.test(r.MaTTHC as string)) return `MaTTHC ${r.MaTTHC} không có trong CSDL quốc gia về TTHC`;
  if (!nonEmpty(r.DonViXuLy)) return 'Thiếu trường bắt buộc DonViXuLy';
  if (!AGENCY.test(r.DonViXuLy as string)) return `DonViXuLy ${r.DonViXuLy} không đúng mã định danh QCVN 102:2016`;
  if (!oneOf(r.KenhThucHien, [1, 2, 3])) return 'KenhThucHien phải là 1, 2 hoặc 3';
  if (!oneOf(r.LoaiDoiTuong, [1, 2, 3, 4])) return 'LoaiDoiTuong phải là 1, 2, 3 hoặc 4';
  if (!oneOf(r.TrangThaiHoSo, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])) return 'TrangThaiHoSo phải từ 1 đến 10';
  for (const field of ['NgayTiepNhan', 'NgayHenTra']) {
    if (r[field] === undefined || r[field] === null) return `Thiếu trường bắt buộc ${field}`;
  }
  for (const field of ['NgayTiepNhan', 'NgayHenTra', 'NgayNopHoSo', 'NgayTra', 'NgayKetThucXuLy', 'NgayTuChoi']) {
    if (r[field] !== undefined && r[field] !== null && !parsePortalTime(r[field])) return `${field} không đúng định dạng yyyyMMddHHmmss`;
  }
  if (typeof r.TrichYeuHoSo === 'string' && [...r.TrichYeuHoSo].length > 1000) return 'TrichYeuHoSo dài quá 1000 ký tự';
  for (const list of ['TaiLieuNop', 'DanhSachLePhi', 'DanhSachHoSoBoSung', 'DanhSachGiayToKetQua', 'DinhDanhCHS']) {
    if (r[list] !== undefined && !Array.isArray(r[list])) return `${list} phải là danh sách`;
  }
  for (const id of (r.DinhDanhCHS as Row[] | undefined) ?? []) {
    if (!oneOf(id.LoaiDinhDanh, [1, 2])) return 'DinhDanhCHS.LoaiDinhDanh phải là 1 hoặc 2';
    if (id.LoaiDinhDanh === 1 && !/^\d{12}$/.test(String(id.SoDinhDanh))) return 'DinhDanhCHS.SoDinhDanh phải có 12 chữ số';
  }
  for (const s of (r.DanhSachHoSoBoSung as Row[] | undefined) ?? []) {
    for (const field of ['NgayBoSung', 'NgayTiepNhanBoSung', 'NgayHenTraTruoc', 'NgayHenTraMoi']) {
      if (s[field] !== undefined && s[field] !== null && !parsePortalTime(s[field])) return `DanhSachHoSoBoSung.${field} không đúng định dạng yyyyMMddHHmmss`;
    }
  }
  return null;
}

/** The first problem of a TienTrinh row, or null. */
export function progressProblem(r: Row): string | null {
  for (const field of ['MaHoSo', 'NguoiXuLy', 'NoiDungXuLy']) {
    if (!nonEmpty(r[field])) return `Thiếu trường bắt buộc ${field}`;
  }
  if ([...(r.NguoiXuLy as string)].length > 50) return 'NguoiXuLy dài quá 50 ký tự';
  if (!oneOf(r.TrangThai, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])) return 'TrangThai phải từ 1 đến 10';
  for (const field of ['ThoiDiemXuLy', 'NgayBatDau', 'NgayKetThucTheoQuyDinh']) {
    if (!parsePortalTime(r[field])) return `${field} không đúng định dạng yyyyMMddHHmmss`;
  }
  return null;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function oneOf(value: unknown, allowed: number[]): boolean {
  return typeof value === 'number' && allowed.includes(value);
}
