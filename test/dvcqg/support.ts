import type { INestApplication } from '@nestjs/common';
import { DvcqgOutboxWorker } from '../../src/dvcqg/outbox-worker';
import { PortalSimulator } from '../../src/dvcqg/simulator/portal-simulator';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

export const applicant = { fullName: 'Lê Thị Mai', idNumber: '038185004321', phone: '0903123456', address: 'Số 12 Trần Phú, phường Hạc Thành' };
export const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();

export interface SyncFixture {
  t: TestApp;
  sim: PortalSimulator;
  worker: DvcqgOutboxWorker;
  counter: ApiClient;
  officer: ApiClient;
  head: ApiClient;
  admin: ApiClient;
  receive(procedureCode?: string, channel?: string): Promise<string>;
  close(): Promise<void>;
}

/** The service with DVCQG sync pointed at a fresh simulator; the worker runs only when the test calls it. */
export async function startSyncFixture(now: string): Promise<SyncFixture> {
  const sim = new PortalSimulator();
  await sim.listen();
  const t = await startTestApp({ now: local(now), config: { dvcqg: { ...sim.endpoints, retryMaxSeconds: 300 } } });
  const anonymous = new ApiClient(t.baseUrl);
  const [counter, officer, head, admin] = await Promise.all(['tiepnhan', 'chuyenvien', 'lanhdao', 'admin'].map((u) => anonymous.login(u)));
  return {
    t,
    sim,
    worker: t.app.get(DvcqgOutboxWorker),
    counter,
    officer,
    head,
    admin,
    async receive(procedureCode = '1.004873', channel = 'direct') {
      const response = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel });
      if (response.status !== 201) throw new Error(`intake ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.code;
    },
    close: async () => {
      await t.close();
      await sim.close();
    },
  };
}

export function workerOf(app: INestApplication): DvcqgOutboxWorker {
  return app.get(DvcqgOutboxWorker);
}
