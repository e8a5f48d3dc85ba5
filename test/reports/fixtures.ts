import { Client } from 'pg';
import { AuthService } from '../../src/auth/auth.service';
import { ApiClient } from '../support/http';
import type { TestApp } from '../support/test-app';

/**
 * Dossiers with known histories, built through the real workflow endpoints: the test clock is moved
 * to each action's instant and the action is posted, in time order, so every row and event is what
 * the service itself writes. The apology endpoint (issue 5) is used when it exists; otherwise the
 * fixture writes what it will write (the apology row, its event and the new current appointment).
 */
export const applicant = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: '5 Lê Lai, phường Hạc Thành' };

/** "2026-10-05T09:00" in Vietnam → the instant. */
export const vn = (local: string): string => new Date(`${local}:00+07:00`).toISOString();

export type RatingLevel = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied' | 'very_dissatisfied';

export interface ScenarioDossier {
  key: string;
  procedureCode: string;
  channel: 'direct' | 'online' | 'postal';
  /** Local times, "YYYY-MM-DDTHH:MM" in Vietnam. */
  receivedAt: string;
  /** A paper dossier entered later by the administrator (local time of the entry), back-dated to receivedAt. */
  enteredAt?: string;
  /** Who receives and acts: the demo admin of 000.17.22.H56 by default. */
  actor?: 'admin' | 'province';
  receivingAgencyCode?: string;
  supplements?: Array<{ requestedAt: string; receivedAt?: string }>;
  apology?: { at: string; newDueAt: string };
  resolvedAt?: string;
  stoppedAt?: string;
  withdrawnAt?: string;
  /** Refused after appraisal (form 03). */
  refusedAt?: string;
  rating?: { at: string; level: RatingLevel };
}

interface Step {
  at: string;
  order: number;
  run: () => Promise<void>;
}

export class ScenarioBuilder {
  readonly codes = new Map<string, string>();
  private clients!: { admin: ApiClient; head: ApiClient; province: ApiClient };

  constructor(private readonly t: TestApp) {}

  /** Adds a province-level manager (quanlytinh) to the demo data (which has the province administrator admintinh). */
  async init(): Promise<void> {
    const auth = this.t.app.get(AuthService);
    await auth.createUser({ username: 'quanlytinh', fullName: 'Người dùng quanlytinh', roles: ['manager'], agencyCode: '000.00.00.H56', password: 'demo12345' });
    const anonymous = new ApiClient(this.t.baseUrl);
    this.clients = { admin: await anonymous.login('admin'), head: await anonymous.login('lanhdao'), province: await anonymous.login('admintinh') };
  }

  async run(dossiers: ScenarioDossier[], finallyAt: string): Promise<void> {
    const steps: Step[] = [];
    dossiers.forEach((d, index) => {
      const client = () => (d.actor === 'province' ? this.clients.province : this.clients.admin);
      const code = () => this.codes.get(d.key) as string;
      const add = (at: string, order: number, run: () => Promise<void>) => steps.push({ at, order: index * 100 + order, run });
      add(d.enteredAt ?? d.receivedAt, 0, async () => {
        const body = {
          procedureCode: d.procedureCode,
          applicant,
          channel: d.channel,
          ...(d.receivingAgencyCode ? { receivingAgencyCode: d.receivingAgencyCode } : {}),
          ...(d.enteredAt ? { receivedAt: vn(d.receivedAt) } : {}),
        };
        const response = await client().post('/api/v1/dossiers', body);
        expect(response.status).toBe(201);
        this.codes.set(d.key, response.body.code);
      });
      (d.supplements ?? []).forEach((s, i) => {
        add(s.requestedAt, 10 + i * 2, () => this.post(client(), `/api/v1/dossiers/${code()}/supplement-requests`, { items: [{ name: 'Bản sao giấy tờ còn thiếu' }], reason: `Bổ sung lần ${i + 1}` }, 201));
        if (s.receivedAt) add(s.receivedAt, 11 + i * 2, () => this.post(client(), `/api/v1/dossiers/${code()}/supplements`, {}, 200));
      });
      if (d.apology) add(d.apology.at, 50, () => this.apologise(code(), d.apology as { at: string; newDueAt: string }));
      if (d.resolvedAt) add(d.resolvedAt, 60, () => this.post(client(), `/api/v1/dossiers/${code()}/resolve`, { outcome: 'approved' }, 200));
      if (d.stoppedAt) add(d.stoppedAt, 60, () => this.post(client(), `/api/v1/dossiers/${code()}/stop`, { reason: 'Công dân đề nghị dừng' }, 200));
      if (d.withdrawnAt) add(d.withdrawnAt, 60, () => this.post(client(), `/api/v1/dossiers/${code()}/withdraw`, {}, 200));
      if (d.refusedAt) add(d.refusedAt, 60, () => this.post(client(), `/api/v1/dossiers/${code()}/refuse`, { reasons: ['Không đủ điều kiện theo quy định'] }, 200));
      if (d.rating) add(d.rating.at, 70, () => this.rate(code(), d.rating as { at: string; level: RatingLevel }));
    });
    steps.sort((a, b) => vn(a.at).localeCompare(vn(b.at)) || a.order - b.order);
    for (const step of steps) {
      this.t.clock.set(vn(step.at));
      await step.run();
    }
    this.t.clock.set(vn(finallyAt));
  }

  private async post(client: ApiClient, path: string, body: unknown, status: number): Promise<void> {
    const response = await client.post(path, body);
    if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  private async apologise(code: string, apology: { at: string; newDueAt: string }): Promise<void> {
    const body = { reason: 'Cần xác minh thêm', newDueAt: vn(apology.newDueAt), signerName: 'Trần Quốc Hưng' };
    const response = await this.clients.head.post(`/api/v1/dossiers/${code}/apologies`, body);
    if (response.status === 201) return;
    if (!(response.status === 404 && String(response.body.message).startsWith('Cannot POST'))) {
      throw new Error(`apology: ${response.status} ${JSON.stringify(response.body)}`);
    }
    await this.sql(async (db) => {
      const { rows } = await db.query(`SELECT id, due_at FROM dossiers WHERE code = $1`, [code]);
      const at = vn(apology.at);
      await db.query(
        `INSERT INTO apologies (dossier_id, reason, previous_due_at, new_due_at, signer_name, issued_at, late) VALUES ($1, $2, $3, $4, $5, $6, false)`,
        [rows[0].id, body.reason, rows[0].due_at, body.newDueAt, body.signerName, at],
      );
      await db.query(
        `INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_name, data) VALUES ($1, 'apology', $2, $3, $4)`,
        [rows[0].id, at, body.signerName, JSON.stringify({ newDueAt: body.newDueAt, previousDueAt: rows[0].due_at })],
      );
      await db.query(`UPDATE dossiers SET due_at = $2 WHERE id = $1`, [rows[0].id, body.newDueAt]);
    });
  }

  /** Satisfaction ratings are collected at result return; nothing writes them through the API yet. */
  private rate(code: string, rating: { at: string; level: RatingLevel }): Promise<void> {
    return this.sql(async (db) => {
      await db.query(`INSERT INTO satisfaction_ratings (dossier_id, level, rated_at) SELECT id, $2, $3 FROM dossiers WHERE code = $1`, [code, rating.level, vn(rating.at)]);
    });
  }

  async sql<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: this.t.db.url });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  }
}
