import { portalTime, portalTimeOrNull } from './portal-time';

/**
 * A dossier as the national portal sees it (hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia): the
 * plain facts the record is built from, read at send time so the latest state wins.
 */
export interface DossierSnapshot {
  code: string;
  procedureCode: string;
  procedureName: string;
  fieldCode: string;
  fieldName: string;
  channel: 'direct' | 'online' | 'postal';
  applicantKind: 'person' | 'organisation';
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string | null;
  /** National code (QCVN 102:2016) of the authority that decides the dossier. */
  resolvingAuthorityCode: string;
  status: number;
  receivedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  returnedAt: Date | null;
  endedAt: Date | null;
  returnMethod: 'counter' | 'postal' | 'online' | null;
  note: string | null;
  documents: { name: string; copies: number }[];
  fee: { amount: number; text: string };
  supplements: SupplementSnapshot[];
  /** Signed electronic results with the citizen's download link (DanhSachGiayToKetQua). */
  results?: { title: string; code: string; url: string }[];
}

export interface SupplementSnapshot {
  number: number;
  requestedByName: string;
  reason: string;
  items: { name: string }[];
  requestedAt: Date;
  receivedAt: Date | null;
  dueBefore: Date | null;
  dueAfter: Date | null;
}

/** One processing step (tiến trình xử lý), taken from the audit trail. */
export interface ProgressSnapshot {
  dossierCode: string;
  actorName: string;
  actorTitle: string;
  occurredAt: Date;
  unit: string;
  content: string;
  statusAfter: number;
  stepStart: Date;
  stepDeadline: Date;
}

export type PortalRecord = Record<string, unknown>;

const CHANNEL = { direct: 1, online: 2, postal: 3 } as const;
/** How the result goes back to the applicant (HinhThuc): the channel codes. */
const RETURN_METHOD = { counter: 1, online: 2, postal: 3 } as const;
const ENDED_WITHOUT_RESULT = [3, 7, 8];
export const SUMMARY_MAX = 1000;
export const ACTOR_MAX = 50;

/** The HoSo record of DVCQG.md; optional fields only when known. */
export function hoSoRecord(d: DossierSnapshot): PortalRecord {
  const record: PortalRecord = {
    MaHoSo: d.code,
    MaTTHC: d.procedureCode,
    TenTTHC: d.procedureName,
    MaLinhVuc: d.fieldCode,
    TenLinhVuc: d.fieldName,
    KenhThucHien: CHANNEL[d.channel],
    ChuHoSo: d.applicantName,
    LoaiDoiTuong: d.applicantKind === 'person' ? 1 : 2,
    NgayTiepNhan: portalTime(d.receivedAt),
    NgayHenTra: portalTime(d.dueAt),
    TrangThaiHoSo: d.status,
    DonViXuLy: d.resolvingAuthorityCode,
    SoGiayToChuHoSo: d.applicantIdNumber,
    DinhDanhCHS: [{ LoaiDinhDanh: /^\d{12}$/.test(d.applicantIdNumber) ? 1 : 2, SoDinhDanh: d.applicantIdNumber }],
    SoDienThoai: d.applicantPhone,
    TrichYeuHoSo: truncate(`${d.procedureName} - ${d.applicantName}`, SUMMARY_MAX),
    NgayNopHoSo: portalTime(d.receivedAt),
    TaiLieuNop: d.documents.map((doc, i) => ({
      TepDinhKemId: `${d.code}-${i + 1}`,
      TenTepDinhKem: doc.name,
      MaThanhPhanHoSo: '',
      DuongDanTaiTepTin: '',
      DuocSoHoa: 0,
      DuocTaiSuDung: 0,
      DuocLayTuKhoDMQG: 0,
      IsDeleted: 0,
    })),
    DanhSachLePhi: d.fee.amount > 0 ? [{ TenPhiLePhi: d.fee.text || 'Lệ phí', MaPhiLePhi: '', HinhThucThu: 1, Gia: d.fee.amount, LoaiPhiLePhi: 1 }] : [],
    DanhSachHoSoBoSung: d.supplements.map((s) => ({
      NguoiYeuCauBoSung: s.requestedByName,
      NoiDungBoSung: truncate([s.reason, ...s.items.map((i) => i.name)].join('; '), SUMMARY_MAX),
      NgayBoSung: portalTime(s.requestedAt),
      NgayTiepNhanBoSung: portalTimeOrNull(s.receivedAt),
      NgayHenTraTruoc: portalTimeOrNull(s.dueBefore),
      NgayHenTraMoi: portalTimeOrNull(s.dueAfter),
    })),
    DanhSachGiayToKetQua: (d.results ?? []).map((r) => ({ TenGiayTo: r.title, MaGiayToKetQua: r.code, DuongDanTepTinKetQua: r.url })),
    HoSoCoThanhPhanSoHoa: 0,
    TaiKhoanDuocXacThucVoiVNeID: 0,
  };
  if (d.applicantEmail) record.Email = d.applicantEmail;
  const endedAt = d.resolvedAt ?? (ENDED_WITHOUT_RESULT.includes(d.status) ? d.endedAt : null);
  if (endedAt) record.NgayKetThucXuLy = portalTime(endedAt);
  if (d.status === 3 && d.endedAt) record.NgayTuChoi = portalTime(d.endedAt);
  if (d.returnedAt) record.NgayTra = portalTime(d.returnedAt);
  if (d.returnMethod) record.HinhThuc = RETURN_METHOD[d.returnMethod];
  if (d.note) record.GhiChu = d.note;
  return record;
}

/** A TienTrinh row of DVCQG.md. */
export function progressRow(p: ProgressSnapshot): PortalRecord {
  return {
    MaHoSo: p.dossierCode,
    NguoiXuLy: truncate(p.actorName, ACTOR_MAX),
    ChucDanh: p.actorTitle,
    ThoiDiemXuLy: portalTime(p.occurredAt),
    PhongBanXuLy: p.unit,
    NoiDungXuLy: p.content,
    TrangThai: p.statusAfter,
    NgayBatDau: portalTime(p.stepStart),
    NgayKetThucTheoQuyDinh: portalTime(p.stepDeadline),
  };
}

/** Splits rows into chunks of at most `size` (the portal takes at most 10 progress rows a call). */
export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function truncate(text: string, max: number): string {
  return [...text].length <= max ? text : [...text].slice(0, max - 1).join('') + '…';
}
