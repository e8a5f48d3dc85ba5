import { DataSource } from 'typeorm';
import { AgencyDirectory } from '../../src/catalogue/agency.repository';
import { AgencyEntity } from '../../src/catalogue/agency.entity';
import { ProcedureCatalogue } from '../../src/catalogue/procedure.repository';
import { ProcedureEntity } from '../../src/catalogue/procedure.entity';
import { startTestApp, TestApp } from '../support/test-app';

/** The hot catalogue reads are hand-written prepared statements: they must map exactly what TypeORM maps. */
describe('catalogue reads as prepared statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads every agency as TypeORM does', async () => {
    const db = t.app.get(DataSource);
    const agencies = await db.getRepository(AgencyEntity).find();
    expect(agencies.length).toBeGreaterThan(2);
    for (const agency of agencies) {
      const found = await t.app.get(AgencyDirectory).find(agency.code);
      expect(found).toBeInstanceOf(AgencyEntity);
      expect({ ...found }).toEqual({ ...agency });
    }
    expect(await t.app.get(AgencyDirectory).find('000.99.99.X00')).toBeNull();
  });

  it('reads the version in force of every procedure as TypeORM does, field included', async () => {
    const db = t.app.get(DataSource);
    const procedures = await db.getRepository(ProcedureEntity).find({ relations: { field: true } });
    expect(procedures.length).toBeGreaterThan(3);
    let compared = 0;
    for (const procedure of procedures) {
      const day = procedure.effectiveTo ?? '2099-12-31';
      const on = procedure.effectiveTo ? new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10) : procedure.effectiveFrom;
      const found = await t.app.get(ProcedureCatalogue).versionInForce(procedure.code, on);
      if (found.id !== procedure.id) continue; // a later version of the same code is in force that day
      expect(found).toBeInstanceOf(ProcedureEntity);
      expect({ ...found, field: { ...found.field } }).toEqual({ ...procedure, field: { ...procedure.field } });
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
    await expect(t.app.get(ProcedureCatalogue).versionInForce('no-such-procedure', '2026-01-01')).rejects.toThrow(/no procedure/);
  });
});
