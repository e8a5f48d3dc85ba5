import { AuthService } from '../../src/auth/auth.service';
import { DossierEventRepository } from '../../src/dossiers/dossier-event.repository';
import { DossierRepository } from '../../src/dossiers/dossier.repository';
import { DossierWorkflow } from '../../src/tracking/dossier-workflow';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The request's transaction reaches every repository without being passed: what the workflow's work
 * writes through any repository commits or rolls back with the locked dossier.
 */
describe('the unit of work across repositories', () => {
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp();
    const counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    const applicant = { fullName: 'Lê Thị Mai', idNumber: '038185004321', phone: '0903123456', address: 'Số 12 Trần Phú' };
    const created = await counter.post('/api/v1/dossiers', { procedureCode: '2.000720', applicant, channel: 'direct' });
    expect(created.status).toBe(201);
    code = created.body.code;
  });
  afterAll(() => t.close());

  async function staff() {
    const login = await t.app.get(AuthService).login('tiepnhan', 'demo12345');
    return (await t.app.get(AuthService).authenticate(login.accessToken))!;
  }

  const probe = (dossierId: string) => ({ dossierId, type: 'probe', occurredAt: t.clock.now(), actor: { id: null, fullName: 'test' } });

  it('rolls back what every repository wrote when the work throws', async () => {
    const user = await staff();
    const events = t.app.get(DossierEventRepository);
    const dossiers = t.app.get(DossierRepository);
    const before = await dossiers.findByCode(code);
    await expect(
      t.app.get(DossierWorkflow).withLockedDossier(code, user, async (dossier) => {
        await events.append(probe(dossier.id));
        await dossiers.update(dossier.id, { note: 'written inside the unit of work' });
        throw new Error('a later rule fails');
      }),
    ).rejects.toThrow('a later rule fails');
    const after = await dossiers.findByCode(code);
    expect(after!.note).toBe(before!.note);
    expect((await events.list(after!.id)).map((e) => e.type)).not.toContain('probe');
  });

  it('commits them together when the work succeeds', async () => {
    const user = await staff();
    const events = t.app.get(DossierEventRepository);
    const dossiers = t.app.get(DossierRepository);
    await t.app.get(DossierWorkflow).withLockedDossier(code, user, async (dossier) => {
      await events.append(probe(dossier.id));
      await dossiers.update(dossier.id, { note: 'committed' });
    });
    const after = await dossiers.findByCode(code);
    expect(after!.note).toBe('committed');
    expect((await events.list(after!.id)).map((e) => e.type)).toContain('probe');
  });
});
