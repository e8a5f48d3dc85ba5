import { clientKey, FailureLimiter } from './failure-limiter';
import type { PublicDossierRecord, PublicEventRecord } from './public-dossier.repository';
import { publicApiBody, publicDossierView } from './public-dossier.view';
import { escapeHtml, fillSatisfactionSlot, PUBLIC_PAGE_CSP, RATING_NEEDS_QR, renderRatingForm, renderStatusPage, SATISFACTION_SLOT } from './public-pages.html';
import { normalizeCode } from './public-lookup.service';
import { RenderCache } from './render-cache';
import { sameSecret } from './secret-compare';
import { formatAppointmentVi, formatMoneyVi, formatStampVi } from '../locale';

const TOKEN = 'abcdefghijklmnopqrstuv';
const record: PublicDossierRecord = {
  id: 'd1',
  version: 1,
  lastEventId: '1',
  code: '000.17.22.H56-261123-0001',
  trackingTokenHash: Buffer.alloc(32),
  applicantPhone: '0912345678',
  applicantName: 'Nguyễn Thị Hồng Nhung',
  status: 5,
  receivedAt: new Date('2026-11-23T02:15:00Z'),
  dueAt: new Date('2026-11-26T10:00:00Z'),
  originalDueAt: new Date('2026-11-26T10:00:00Z'),
  provisional: false,
  outcome: null,
  returnMethod: null,
  procedureName: 'Cấp bản sao trích lục hộ tịch',
  resultDelivery: 'Nhận kết quả tại Bộ phận Một cửa',
  feeAmount: 8000,
  feeText: '',
  agencyName: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
  governingBody: 'UBND PHƯỜNG HẠC THÀNH',
  apology: null,
  satisfaction: null,
  events: [],
};

const event = (id: number, type: string, at: string, data: Record<string, unknown> = {}): PublicEventRecord => ({
  id: String(id),
  type,
  occurredAt: new Date(at),
  data,
});

describe('Vietnamese formats (Asia/Ho_Chi_Minh)', () => {
  it('writes the appointment as the giấy hẹn does', () => {
    expect(formatAppointmentVi(new Date('2026-11-26T10:00:00Z'))).toBe('17 giờ 00, thứ Năm 26/11/2026');
    expect(formatAppointmentVi(new Date('2026-11-28T17:30:00Z'))).toBe('00 giờ 30, Chủ nhật 29/11/2026'); // the local date, not UTC's
    expect(formatStampVi(new Date('2026-11-23T02:15:00Z'))).toBe('09:15, 23/11/2026');
    expect(formatMoneyVi(1250000)).toBe('1.250.000 đồng');
  });
});

describe('the public view', () => {
  it('masks the name, lists what is missing, and leaves unknown event types out', () => {
    const view = publicDossierView(record, [
      event(1, 'received', '2026-11-23T02:15:00Z'),
      event(2, 'clock_paused', '2026-11-23T03:00:00Z', { note: 'nội bộ' }),
      event(3, 'supplement_requested', '2026-11-24T02:00:00Z', { items: ['Tờ khai', { name: 'Giấy khai sinh', kind: 'copy' }, 42, { kind: 'copy' }] }),
    ]);
    expect(view.applicantName).toBe('Nguyễn T. H. N.');
    expect(view.statusLabel).toBe('Yêu cầu bổ sung giấy tờ');
    expect(view.timeline.map((t) => t.label)).toEqual(['Hồ sơ đã được tiếp nhận', 'Yêu cầu bổ sung giấy tờ']);
    expect(view.missingItems).toEqual(['Tờ khai', 'Giấy khai sinh (bản sao)']);
    expect(view.collect?.fee).toBe('8.000 đồng');
    const body = JSON.stringify(publicApiBody(view));
    expect(body).not.toMatch(/0912345678|Nhung|abcdefghijklmnopqrstuv/);
  });

  it('takes the apology date and reason from the apology when the event does not carry them', () => {
    const view = publicDossierView(
      { ...record, status: 4, apology: { reason: 'Chờ kết quả xác minh', newDueAt: new Date('2026-12-03T10:00:00Z') } },
      [event(1, 'apology', '2026-11-25T02:00:00Z')],
    );
    expect(view.timeline[0].details).toEqual(['Ngày hẹn mới: 17 giờ 00, thứ Năm 03/12/2026', 'Lý do: Chờ kết quả xác minh']);
  });

  it('escapes whatever staff typed', () => {
    const view = publicDossierView({ ...record, procedureName: '<script>alert(1)</script>' }, [
      event(1, 'supplement_requested', '2026-11-24T02:00:00Z', { items: ['<img src=x onerror=alert(1)>'] }),
    ]);
    const page = renderStatusPage(view);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(PUBLIC_PAGE_CSP).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
  });
});

describe('the satisfaction card', () => {
  const returned = { ...record, status: 10, returnMethod: 'counter' as const };

  it('appears only once the result was returned, as a slot the cached page keeps free of any token', () => {
    for (const status of [2, 4, 5, 9]) expect(renderStatusPage(publicDossierView({ ...record, status }, []))).not.toContain(SATISFACTION_SLOT);
    const view = publicDossierView(returned, [event(1, 'returned', '2026-11-27T02:00:00Z', { method: 'counter' })]);
    expect(view.satisfaction).toEqual({ state: 'open' });
    const page = renderStatusPage(view);
    expect(page).toContain(SATISFACTION_SLOT);
    expect(page).not.toContain(TOKEN);
    expect(page).not.toContain('<form');
  });

  it('fills the slot with the form (token hidden, five levels) or the QR hint', () => {
    const page = renderStatusPage(publicDossierView(returned, []));
    const withForm = fillSatisfactionSlot(page, renderRatingForm(record.code, TOKEN));
    expect(withForm).toContain(`<form method="post" action="/tra-cuu/${record.code}/danh-gia">`);
    expect(withForm).toContain(`<input type="hidden" name="t" value="${TOKEN}">`);
    expect(withForm.match(/type="radio" name="level"/g)).toHaveLength(5);
    expect(withForm).toContain('Rất không hài lòng');
    expect(withForm).toContain('maxlength="500"');
    expect(withForm).toContain('Gửi đánh giá');
    const withHint = fillSatisfactionSlot(page, RATING_NEEDS_QR);
    expect(withHint).toContain('Để đánh giá, vui lòng quét mã QR trên giấy hẹn.');
    expect(withHint).not.toContain('<form');
  });

  it('keeps what was sent when the form comes back with an error, escaped', () => {
    const form = renderRatingForm(record.code, 'tok"en', { level: 'neutral', comment: '</textarea><b>x', errors: [{ field: 'comment', message: 'Góp ý tối đa 500 ký tự' }] });
    expect(form).toContain('value="neutral" required checked');
    expect(form).toContain('&lt;/textarea&gt;&lt;b&gt;x</textarea>');
    expect(form).toContain('value="tok&quot;en"');
    expect(form).toContain('<p class="err" role="alert">Góp ý tối đa 500 ký tự</p>');
  });

  it('thanks the citizen with the level once rated, and shows the rating on the timeline', () => {
    const view = publicDossierView({ ...returned, satisfaction: { level: 'satisfied', ratedAt: new Date('2026-11-27T03:00:00Z') } }, [
      event(1, 'satisfaction_rated', '2026-11-27T03:00:00Z', { level: 'satisfied', source: 'public' }),
    ]);
    expect(view.satisfaction).toEqual({ state: 'rated', levelLabel: 'Hài lòng' });
    expect(view.timeline.map((t) => t.label)).toEqual(['Đã đánh giá mức độ hài lòng']);
    const page = renderStatusPage(view);
    expect(page).toContain('Cảm ơn ông/bà đã đánh giá: <b>Hài lòng</b>');
    expect(page).not.toContain(SATISFACTION_SLOT);
  });
});

describe('FailureLimiter', () => {
  it('blocks at the limit and frees the key as the window slides', () => {
    const limiter = new FailureLimiter(3, 60_000);
    for (const at of [0, 10_000, 20_000]) {
      expect(limiter.retryAfterSeconds('a', at)).toBe(0);
      limiter.recordFailure('a', at);
    }
    expect(limiter.retryAfterSeconds('a', 30_000)).toBe(30); // the first failure leaves the window at 60 s
    expect(limiter.retryAfterSeconds('b', 30_000)).toBe(0);
    expect(limiter.retryAfterSeconds('a', 60_001)).toBe(0);
  });

  it('stays bounded in memory', () => {
    const limiter = new FailureLimiter(3, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.recordFailure(`k${i}`, i);
    expect(limiter.size).toBe(100);
  });

  it('keys IPv4 as is and IPv6 by /64', () => {
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2::1')).toBe(clientKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey(undefined)).toBe('unknown');
  });
});

describe('small helpers', () => {
  it('compares secrets of any length', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
    expect(sameSecret('a'.repeat(1000), 'abc')).toBe(false);
  });

  it('normalises a typed code', () => {
    expect(normalizeCode(' 000.17.22.h56-261123-0001 ')).toBe('000.17.22.H56-261123-0001');
    expect(normalizeCode(['x'])).toBeNull();
    expect(normalizeCode('x'.repeat(65))).toBeNull();
  });

  it('keeps one rendering per dossier, replaced by a newer stamp', () => {
    const cache = new RenderCache<string>(2);
    cache.set('a', '1:1', 'old');
    expect(cache.get('a', '1:1')).toBe('old');
    expect(cache.get('a', '2:1')).toBeUndefined();
    cache.set('a', '2:1', 'new');
    cache.set('b', '1:1', 'b');
    cache.set('c', '1:1', 'c');
    expect(cache.size).toBe(2);
    expect(cache.get('a', '2:1')).toBeUndefined();
  });
});
