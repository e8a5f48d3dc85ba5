import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/http-app';
import { NotificationDispatcher } from '../../src/notifications/notification-dispatcher';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { LocalSmsGateway, LocalSmtpServer } from './local-servers';

const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const withEmail = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', email: 'hong.nhung@example.test', address: '5 Lê Lai, phường Hạc Thành' };
const phoneOnly = { fullName: 'Trịnh Văn Lộc', idNumber: '038176001234', phone: '0987654321', address: '18 Bà Triệu, phường Hạc Thành' };

describe('notifications to the applicant: outbox, event feed, SMTP and SMS transports, retries', () => {
  const smtp = new LocalSmtpServer();
  const sms = new LocalSmsGateway();
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;
  let admin: ApiClient;
  const dispatch = () => t.app.get(NotificationDispatcher).run();

  beforeAll(async () => {
    await Promise.all([smtp.start(), sms.start()]);
    t = await startTestApp({
      now: local('2026-11-23T09:00:00'),
      config: {
        smtp: { host: '127.0.0.1', port: smtp.port, from: 'UBND phường Hạc Thành <motcua@hacthanh.test>' },
        smsGateway: { url: sms.url, token: 'test-token', sender: 'HACTHANH' },
        notificationRetryBaseSeconds: 60,
        notificationRetryMaxSeconds: 600,
      },
    });
    const anonymous = new ApiClient(t.baseUrl);
    [counter, officer, head, admin] = await Promise.all(['tiepnhan', 'chuyenvien', 'lanhdao', 'admin'].map((u) => anonymous.login(u)));
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([smtp.stop(), sms.stop()]);
  });

  async function receive(applicant: object): Promise<string> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body.code;
  }

  async function outbox(code: string) {
    return (await head.get(`/api/v1/dossiers/${code}/notifications`)).body as { channel: string; kind: string; status: string; attempts: number; lastError: string | null; nextAttemptAt: string | null; body: string }[];
  }

  it('delivers the apology’s notification to the local SMTP server and the SMS gateway', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    const code = await receive(withEmail); // due Thu 26/11 09:00
    t.clock.set(local('2026-11-24T09:00:00'));
    const issued = await head.post(`/api/v1/dossiers/${code}/apologies`, {
      reason: 'Cần lấy ý kiến của cơ quan đăng ký hộ tịch nơi cư trú trước đây',
      newDueAt: local('2026-12-03T17:00:00'),
      signerName: 'Trần Quốc Hưng',
    });
    expect(issued.status).toBe(201);
    const trackingUrl = (await head.get(`/api/v1/dossiers/${code}`)).body.trackingUrl;

    const result = await dispatch();
    expect(result).toMatchObject({ attempted: 2, sent: 2, failed: [] });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual(['hong.nhung@example.test']);
    expect(mail.from).toBe('motcua@hacthanh.test');
    expect(mail.subject).toBe(`Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}`);
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Thị Hồng Nhung,');
    expect(mail.text).toContain(`UBND phường Hạc Thành xin lỗi ông/bà vì hồ sơ ${code} (Cấp Giấy xác nhận tình trạng hôn nhân) chưa có kết quả đúng hẹn (hẹn trả ban đầu: 09 giờ 00 ngày 26/11/2026).`);
    expect(mail.text).toContain('Lý do: Cần lấy ý kiến của cơ quan đăng ký hộ tịch nơi cư trú trước đây.');
    expect(mail.text).toContain('UBND phường Hạc Thành hẹn trả kết quả lại vào 17 giờ 00 ngày 03/12/2026.');
    expect(mail.text).toContain(`Tra cứu tình trạng hồ sơ: ${trackingUrl}`);
    expect(mail.text).toContain('Trung tâm Phục vụ hành chính công phường Hạc Thành');

    expect(sms.received).toHaveLength(1);
    expect(sms.received[0].authorization).toBe('Bearer test-token');
    expect(sms.received[0].body).toMatchObject({ to: '0912345678', sender: 'HACTHANH', reference: expect.stringMatching(/^motcua-\d+$/) });
    expect(sms.received[0].body.text).toBe(
      `UBND phường Hạc Thành xin lỗi ông/bà Nguyễn Thị Hồng Nhung: hồ sơ ${code} chưa có kết quả đúng hẹn, hẹn trả kết quả lại vào 17 giờ 00 ngày 03/12/2026. Tra cứu: ${trackingUrl}`,
    );
    expect((await outbox(code)).map((n) => `${n.channel} ${n.status} ${n.attempts}`)).toEqual(['email sent 1', 'sms sent 1']);
    expect(await dispatch()).toMatchObject({ collected: 0, attempted: 0 });
  });

  it('announces a resolution and a supplement request from the audit trail, once each', async () => {
    t.clock.set(local('2026-11-24T10:00:00'));
    const [resolved, supplement] = [await receive(withEmail), await receive(phoneOnly)];
    expect((await head.post(`/api/v1/dossiers/${resolved}/resolve`, { outcome: 'approved' })).status).toBe(200);
    const request = await officer.post(`/api/v1/dossiers/${supplement}/supplement-requests`, {
      items: [{ name: 'Bản sao Căn cước', kind: 'certified_copy' }, { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }],
      reason: 'Thiếu giấy tờ tùy thân',
    });
    expect(request.status).toBe(201);
    const [mailsBefore, smsBefore] = [smtp.received.length, sms.received.length];

    const result = await dispatch();
    expect(result).toMatchObject({ collected: 3, attempted: 3, sent: 3 });
    const mail = smtp.received.slice(mailsBefore);
    expect(mail.map((m) => m.subject)).toEqual([`Hồ sơ ${resolved} đã có kết quả`]);
    expect(mail[0].text).toContain(`UBND phường Hạc Thành thông báo: hồ sơ ${resolved} (Cấp Giấy xác nhận tình trạng hôn nhân) của ông/bà đã có kết quả.`);
    const texts = sms.received.slice(smsBefore).map((m) => m.body);
    expect(texts.map((m) => m.to).sort()).toEqual(['0912345678', '0987654321']);
    expect(texts.find((m) => m.to === '0987654321')?.text).toMatch(
      new RegExp(
        `^UBND phường Hạc Thành thông báo: hồ sơ ${supplement.replace(/\./g, '\\.')} cần bổ sung: Bản sao Căn cước \\(bản sao chứng thực\\); Tờ khai cấp Giấy xác nhận tình trạng hôn nhân\\. Lý do: Thiếu giấy tờ tùy thân\\. Liên hệ Trung tâm Phục vụ hành chính công phường Hạc Thành, điện thoại 0237 3852 118\\. Tra cứu: http://motcua\\.test/tra-cuu/`,
      ),
    );
    expect(texts.find((m) => m.to === '0912345678')?.text).toContain('đã có kết quả. Mời ông/bà đến Trung tâm Phục vụ hành chính công phường Hạc Thành nhận kết quả.');
    expect((await outbox(supplement)).map((n) => `${n.channel} ${n.kind} ${n.status}`)).toEqual(['sms supplement_needed sent']);

    expect(await dispatch()).toMatchObject({ collected: 0, attempted: 0 });
  });

  it('never loses a message when a transport fails: it stays pending and is retried with exponential backoff', async () => {
    t.clock.set(local('2026-11-25T09:00:00'));
    const code = await receive(withEmail);
    await head.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'rejected', note: 'Không đủ điều kiện' });
    smtp.failWith = 'Hộp thư tạm thời không nhận thư';
    sms.status = 503;

    const first = await dispatch();
    expect(first).toMatchObject({ collected: 2, attempted: 2, sent: 0 });
    expect(first.failed.map((f) => f.nextAttemptAt)).toEqual([local('2026-11-25T09:01:00'), local('2026-11-25T09:01:00')].map((s) => new Date(s).toISOString()));
    let rows = await outbox(code);
    expect(rows.map((n) => `${n.channel} ${n.status} ${n.attempts}`)).toEqual(['email pending 1', 'sms pending 1']);
    expect(rows[0].lastError).toContain('451');
    expect(rows[1].lastError).toContain('SMS gateway answered 503');
    expect(await dispatch()).toMatchObject({ attempted: 0 }); // not before next_attempt_at

    t.clock.set(local('2026-11-25T09:01:00'));
    const second = await dispatch();
    expect(second).toMatchObject({ attempted: 2, sent: 0 });
    expect(second.failed[0].nextAttemptAt).toBe(new Date(local('2026-11-25T09:03:00')).toISOString()); // 2 × 60 s
    t.clock.set(local('2026-11-25T09:02:59'));
    expect(await dispatch()).toMatchObject({ attempted: 0 });

    smtp.failWith = null;
    sms.status = 200;
    t.clock.set(local('2026-11-25T09:03:00'));
    expect(await dispatch()).toMatchObject({ attempted: 2, sent: 2 });
    rows = await outbox(code);
    expect(rows.map((n) => `${n.channel} ${n.status} ${n.attempts}`)).toEqual(['email sent 3', 'sms sent 3']);
    expect(rows[0].lastError).toBeNull();
    expect(smtp.received.at(-1)?.subject).toBe(`Hồ sơ ${code} đã được xử lý xong`);
    expect(smtp.received.at(-1)?.text).toContain('nhận văn bản trả lời');
  });

  it('sends each message once with two instances dispatching at the same time', async () => {
    const second: INestApplication = await createHttpApp(t.config, t.clock);
    await second.init();
    try {
      t.clock.set(local('2026-11-26T09:00:00'));
      const codes = [await receive(withEmail), await receive(withEmail), await receive(phoneOnly)];
      for (const code of codes) await head.post(`/api/v1/dossiers/${code}/resolve`, { outcome: 'approved' });
      const [mailsBefore, smsBefore] = [smtp.received.length, sms.received.length];
      const results = await Promise.all([dispatch(), second.get(NotificationDispatcher).run(), dispatch(), second.get(NotificationDispatcher).run()]);
      expect(results.reduce((n, r) => n + r.collected, 0)).toBe(5);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(5);
      expect(smtp.received.length - mailsBefore).toBe(2);
      expect(sms.received.length - smsBefore).toBe(3);
      const rows: { n: number }[] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM notification_outbox WHERE kind = 'result_ready' AND dossier_id IN (SELECT id FROM dossiers WHERE code = ANY($1))`, [codes]);
      expect(rows[0].n).toBe(5);
    } finally {
      await second.close();
    }
  });

  it('does not announce history: events entered from paper, or that the dossier has moved past', async () => {
    t.clock.set(local('2026-11-26T10:00:00'));
    const back = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: withEmail, channel: 'postal', receivedAt: local('2026-11-02T08:00:00') });
    expect((await admin.post(`/api/v1/dossiers/${back.body.code}/resolve`, { outcome: 'approved', resolvedAt: local('2026-11-04T16:00:00') })).status).toBe(200);
    const handedOver = await receive(withEmail);
    await head.post(`/api/v1/dossiers/${handedOver}/resolve`, { outcome: 'approved' });
    await counter.post(`/api/v1/dossiers/${handedOver}/return`, { method: 'counter' }); // collected before the feed ran
    expect(await dispatch()).toMatchObject({ collected: 0, attempted: 0 });
    expect(await outbox(back.body.code)).toEqual([]);
    expect(await outbox(handedOver)).toEqual([]);
    const outcomes: { outcome: string }[] = await t.app.get(DataSource).query(
      `SELECT s.outcome FROM notification_sources s JOIN dossier_events e ON e.id = s.event_id JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = ANY($1) ORDER BY s.event_id`,
      [[back.body.code, handedOver]],
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['skipped_old', 'skipped_stale']);
  });
});
