import { appointmentVi } from '../locale';

/** What every message says about its dossier and sender. */
export interface MessageContext {
  /** Who speaks, e.g. "UBND phường Hạc Thành" (the resolving agency's governing body). */
  senderName: string;
  /** Where the applicant goes: the receiving centre's name, address and phone. */
  counterName: string;
  counterAddress: string;
  counterPhone: string;
  applicantName: string;
  dossierCode: string;
  procedureName: string;
  trackingUrl: string;
}

export interface MessageText {
  subject: string;
  /** Email body (plain text). */
  email: string;
  /** SMS text: short, the essentials and the look-up link. */
  sms: string;
}

const KIND_LABELS: Record<string, string> = { original: 'bản chính', certified_copy: 'bản sao chứng thực', copy: 'bản sao' };

/** "UBND PHƯỜNG HẠC THÀNH" or "Ủy ban nhân dân phường Hạc Thành" → "UBND phường Hạc Thành", as it is written inside a sentence. */
export function senderNameOf(governingBody: string): string {
  const words = governingBody.normalize('NFC').trim().replace(/^(ủy|uỷ) ban nhân dân\s+/iu, 'UBND ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return governingBody;
  const title = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');
  if (/^(UBND|HĐND)$/i.test(words[0]) && words.length > 1) {
    return [words[0].toUpperCase(), words[1].toLocaleLowerCase('vi'), ...words.slice(2).map(title)].join(' ');
  }
  return words.map((w, i) => (i === 0 ? title(w) : w === w.toLocaleUpperCase('vi') ? title(w) : w)).join(' ');
}

function footer(ctx: MessageContext): string {
  const contact = [ctx.counterAddress, ctx.counterPhone ? `Điện thoại: ${ctx.counterPhone}` : ''].filter(Boolean).join(' · ');
  return [`Tra cứu tình trạng hồ sơ: ${ctx.trackingUrl}`, '', ctx.counterName, ...(contact ? [contact] : []), '(Thư gửi tự động, xin ông/bà không trả lời thư này.)'].join('\n');
}

/** The appointment moved by an apology (form 04). */
export function appointmentMovedMessage(ctx: MessageContext, args: { previousDueAt: Date; newDueAt: Date; reason: string }): MessageText {
  const when = appointmentVi(args.newDueAt);
  return {
    subject: `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${ctx.dossierCode}`,
    sms: `${ctx.senderName} xin lỗi ông/bà ${ctx.applicantName}: hồ sơ ${ctx.dossierCode} chưa có kết quả đúng hẹn, hẹn trả kết quả lại vào ${when}. Tra cứu: ${ctx.trackingUrl}`,
    email: [
      `Kính gửi ông/bà ${ctx.applicantName},`,
      '',
      `${ctx.senderName} xin lỗi ông/bà vì hồ sơ ${ctx.dossierCode} (${ctx.procedureName}) chưa có kết quả đúng hẹn (hẹn trả ban đầu: ${appointmentVi(args.previousDueAt)}).`,
      `Lý do: ${sentence(args.reason)}`,
      `${ctx.senderName} hẹn trả kết quả lại vào ${when}.`,
      '',
      footer(ctx),
    ].join('\n'),
  };
}

/** The dossier is resolved (status 9): the result, or the reasoned answer, waits at the counter. */
export function resultReadyMessage(ctx: MessageContext, args: { outcome: 'approved' | 'rejected' | null }): MessageText {
  const rejected = args.outcome === 'rejected';
  const what = rejected ? 'đã được xử lý xong; hồ sơ không đủ điều kiện giải quyết' : 'đã có kết quả';
  const collect = rejected ? 'nhận văn bản trả lời' : 'nhận kết quả';
  return {
    subject: rejected ? `Hồ sơ ${ctx.dossierCode} đã được xử lý xong` : `Hồ sơ ${ctx.dossierCode} đã có kết quả`,
    sms: `${ctx.senderName} thông báo: hồ sơ ${ctx.dossierCode} của ông/bà ${ctx.applicantName} ${what}. Mời ông/bà đến ${ctx.counterName} ${collect}. Tra cứu: ${ctx.trackingUrl}`,
    email: [
      `Kính gửi ông/bà ${ctx.applicantName},`,
      '',
      `${ctx.senderName} thông báo: hồ sơ ${ctx.dossierCode} (${ctx.procedureName}) của ông/bà ${what}.`,
      `Mời ông/bà đến ${ctx.counterName} ${collect}; khi đến, xin mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      '',
      footer(ctx),
    ].join('\n'),
  };
}

/** A request to supplement the dossier (form 02). */
export function supplementNeededMessage(ctx: MessageContext, args: { items: { name: string; kind?: string }[]; reason: string }): MessageText {
  const items = args.items.map((item) => (item.kind && KIND_LABELS[item.kind] ? `${item.name} (${KIND_LABELS[item.kind]})` : item.name));
  const contact = `${ctx.counterName}${ctx.counterPhone ? `, điện thoại ${ctx.counterPhone}` : ''}`;
  return {
    subject: `Hồ sơ ${ctx.dossierCode} cần bổ sung giấy tờ`,
    sms: `${ctx.senderName} thông báo: hồ sơ ${ctx.dossierCode} cần bổ sung: ${items.join('; ')}. Lý do: ${sentence(args.reason)} Liên hệ ${contact}. Tra cứu: ${ctx.trackingUrl}`,
    email: [
      `Kính gửi ông/bà ${ctx.applicantName},`,
      '',
      `${ctx.senderName} thông báo: hồ sơ ${ctx.dossierCode} (${ctx.procedureName}) của ông/bà cần bổ sung, hoàn thiện các giấy tờ sau:`,
      ...items.map((item, i) => `  ${i + 1}. ${item}`),
      `Lý do: ${sentence(args.reason)}`,
      `Xin ông/bà liên hệ ${contact} để nộp bổ sung.`,
      '',
      footer(ctx),
    ].join('\n'),
  };
}

function sentence(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
