import { maskName } from '../domain/applicant';
import { DossierStatus, isDossierStatus, isProcessingEnded, statusLabel } from '../domain/dossier';
import { isRateable, isSatisfactionLevel, satisfactionLabel } from '../domain/satisfaction';
import type { PublicDossierRecord, PublicEventRecord } from './public-dossier.repository';
import { formatAppointmentVi, formatMoneyVi } from '../locale';

export interface PublicTimelineEntry {
  /** ISO 8601 instant. */
  at: string;
  label: string;
  /** Plain-language details (what is missing, the new date and its reason…); may be empty. */
  details: string[];
}

/** What a citizen may see of a dossier (DOMAIN.md §7): no identifier number, phone, email or address. */
export interface PublicDossierView {
  code: string;
  procedureName: string;
  statusCode: number;
  statusLabel: string;
  /** One sentence saying what the status means for the citizen. */
  statusNote: string;
  receivedAt: string;
  /** The current appointment (moved by an apology). */
  dueAt: string;
  originalDueAt: string;
  /** The due date lies beyond the official calendar data published so far and may still move. */
  provisional: boolean;
  timeline: PublicTimelineEntry[];
  /** Masked: `Nguyễn T. H. N.` */
  applicantName: string;
  agencyName: string;
  governingBody: string;
  /** Documents still to be supplemented (status 5), from the latest request. */
  missingItems: string[];
  /** What to bring and how the result is delivered, while a result is still to be collected. */
  collect: { bring: string[]; fee: string; resultDelivery: string } | null;
  /**
   * The satisfaction card: none before the result is returned; `open` once returned and not yet
   * rated (the form or a hint, chosen per request by how the citizen proved the dossier); `rated`
   * with the level's label afterwards.
   */
  satisfaction: PublicSatisfaction;
}

export type PublicSatisfaction = { state: 'none' } | { state: 'open' } | { state: 'rated'; levelLabel: string };

const STATUS_NOTES: Record<DossierStatus, string> = {
  1: 'Hồ sơ đã được đăng ký và đang chờ cán bộ tiếp nhận.',
  2: 'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
  3: 'Hồ sơ không được tiếp nhận. Vui lòng liên hệ Bộ phận Một cửa để biết lý do.',
  4: 'Hồ sơ đang được giải quyết. Ông/bà chưa cần làm gì thêm.',
  5: 'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang giấy tờ còn thiếu đến Bộ phận Một cửa.',
  6: 'Vui lòng nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính để hồ sơ được tiếp tục giải quyết.',
  7: 'Hồ sơ đã được rút theo yêu cầu của người nộp.',
  8: 'Hồ sơ đã dừng xử lý.',
  9: 'Đã có kết quả. Mời ông/bà đến nhận kết quả.',
  10: 'Đã trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ.',
};

const DOCUMENT_KINDS: Record<string, string> = {
  original: 'bản chính',
  certified_copy: 'bản sao chứng thực',
  copy: 'bản sao',
};

const RETURN_METHODS: Record<string, string> = {
  counter: 'Nhận tại Bộ phận Một cửa',
  postal: 'Gửi qua dịch vụ bưu chính công ích',
  online: 'Trả kết quả trực tuyến',
};

export function publicDossierView(record: PublicDossierRecord, events: PublicEventRecord[]): PublicDossierView {
  const status = isDossierStatus(record.status) ? record.status : null;
  const timeline = events.map((event) => timelineEntry(event, record)).filter((entry): entry is PublicTimelineEntry => entry !== null);
  const lastSupplement = [...events].reverse().find((e) => e.type === 'supplement_requested');
  const stillToCollect = status !== null && (!isProcessingEnded(status) || status === DossierStatus.Resolved);
  return {
    code: record.code,
    procedureName: record.procedureName,
    statusCode: record.status,
    statusLabel: status === null ? '' : statusLabel(status),
    statusNote: status === null ? '' : STATUS_NOTES[status],
    receivedAt: record.receivedAt.toISOString(),
    dueAt: record.dueAt.toISOString(),
    originalDueAt: record.originalDueAt.toISOString(),
    provisional: record.provisional,
    timeline,
    applicantName: maskName(record.applicantName),
    agencyName: record.agencyName,
    governingBody: record.governingBody,
    missingItems: status === DossierStatus.SupplementRequested && lastSupplement ? supplementItems(lastSupplement.data) : [],
    collect: stillToCollect ? collectInfo(record) : null,
    satisfaction: satisfactionOf(record),
  };
}

function satisfactionOf(record: PublicDossierRecord): PublicSatisfaction {
  const level = record.satisfaction?.level;
  if (isSatisfactionLevel(level)) return { state: 'rated', levelLabel: satisfactionLabel(level) };
  return isRateable(record.status) ? { state: 'open' } : { state: 'none' };
}

function collectInfo(record: PublicDossierRecord): NonNullable<PublicDossierView['collect']> {
  const fee = record.feeText.trim() || (record.feeAmount > 0 ? formatMoneyVi(record.feeAmount) : 'Không mất phí');
  return {
    bring: [
      'Căn cước (hoặc Căn cước công dân) của người nộp hồ sơ',
      'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (giấy hẹn)',
      'Nếu nhận thay: văn bản ủy quyền và Căn cước của người nhận thay',
    ],
    fee,
    resultDelivery: record.resultDelivery.trim(),
  };
}

function timelineEntry(event: PublicEventRecord, record: PublicDossierRecord): PublicTimelineEntry | null {
  const at = event.occurredAt.toISOString();
  const data = event.data ?? {};
  switch (event.type) {
    case 'received':
      return { at, label: 'Hồ sơ đã được tiếp nhận', details: [`Tại ${record.agencyName}`] };
    case 'handoff': {
      const unit = shortText(data.toUnit);
      return { at, label: 'Chuyển đến bộ phận giải quyết', details: unit ? [unit] : [] };
    }
    case 'supplement_requested': {
      const items = supplementItems(data);
      return { at, label: 'Yêu cầu bổ sung giấy tờ', details: items.length ? items.map((item) => `Cần bổ sung: ${item}`) : [] };
    }
    case 'supplement_received':
      return { at, label: 'Đã nhận giấy tờ bổ sung', details: [] };
    case 'apology': {
      const newDueAt = instantOf(data.newDueAt) ?? record.apology?.newDueAt ?? null;
      const reason = shortText(data.reason, 500) ?? record.apology?.reason ?? null;
      const details = [];
      if (newDueAt) details.push(`Ngày hẹn mới: ${formatAppointmentVi(newDueAt)}`);
      if (reason) details.push(`Lý do: ${reason}`);
      return { at, label: 'Xin lỗi và hẹn lại ngày trả kết quả', details };
    }
    case 'resolved': {
      const rejected = (data.outcome ?? record.outcome) === 'rejected';
      return rejected
        ? { at, label: 'Đã xử lý xong', details: ['Hồ sơ không đủ điều kiện giải quyết; mời nhận văn bản trả lời'] }
        : { at, label: 'Đã có kết quả', details: ['Mời ông/bà đến nhận kết quả'] };
    }
    case 'returned': {
      const method = RETURN_METHODS[String(data.method ?? record.returnMethod ?? '')];
      return { at, label: 'Đã trả kết quả', details: method ? [method] : [] };
    }
    case 'stopped':
      return { at, label: 'Dừng xử lý hồ sơ', details: [] };
    case 'withdrawn':
      return { at, label: 'Rút hồ sơ theo yêu cầu của người nộp', details: [] };
    case 'refused':
      return { at, label: 'Hồ sơ không được tiếp nhận', details: [] };
    case 'satisfaction_rated':
      return { at, label: 'Đã đánh giá mức độ hài lòng', details: [] };
    default:
      return null;
  }
}

/** `data.items` of a supplement request: strings or `{name, kind}` objects. */
function supplementItems(data: Record<string, unknown>): string[] {
  const items = Array.isArray(data.items) ? data.items : [];
  return items
    .map((item) => {
      if (typeof item === 'string') return shortText(item);
      if (item && typeof item === 'object') {
        const { name, kind } = item as { name?: unknown; kind?: unknown };
        const text = shortText(name);
        const kindLabel = typeof kind === 'string' ? DOCUMENT_KINDS[kind] : undefined;
        return text && kindLabel ? `${text} (${kindLabel})` : text;
      }
      return null;
    })
    .filter((item): item is string => item !== null);
}

function shortText(value: unknown, max = 300): string | null {
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

function instantOf(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The body of GET /api/v1/public/dossiers/{code} (shared/API.md "Public"), plus a few harmless extras. */
export function publicApiBody(v: PublicDossierView) {
  return {
    code: v.code,
    procedureName: v.procedureName,
    statusCode: v.statusCode,
    statusLabel: v.statusLabel,
    receivedAt: v.receivedAt,
    dueAt: v.dueAt,
    originalDueAt: v.originalDueAt,
    timeline: v.timeline.map((t) => ({ at: t.at, label: t.label, details: t.details })),
    applicantName: v.applicantName,
    statusNote: v.statusNote,
    provisional: v.provisional,
    missingItems: v.missingItems,
    collect: v.collect,
  };
}
