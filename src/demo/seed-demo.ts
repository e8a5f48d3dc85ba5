import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService, UserEntity } from '../auth';
import { AgencyEntity, FieldEntity, ProcedureEntity } from '../catalogue';
import { DEMO_AGENCIES, DEMO_CENTRE_AUTHORITIES, DEMO_COMMITTEE, DEMO_COMMUNE } from './demo-agencies';
import { DEMO_FIELDS, DEMO_PROCEDURES } from './demo-procedures';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** Inserts the demo catalogue and accounts if missing; running it again changes nothing. */
export async function seedDemo(app: INestApplicationContext): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  await db.transaction(async (manager) => {
    await manager.createQueryBuilder().insert().into(AgencyEntity).values(DEMO_AGENCIES).orIgnore().execute();
    // A demo database seeded before resolving authorities existed: link its centres to their committees.
    for (const [centre, committee] of DEMO_CENTRE_AUTHORITIES) {
      await manager.query(`UPDATE agencies SET authority_code = $2 WHERE code = $1 AND authority_code IS NULL`, [centre, committee]);
    }
    // …and make its head the committee's, who issues the apologies of the dossiers the committee resolves.
    await manager.query(`UPDATE users SET agency_code = $2 WHERE username = 'lanhdao' AND agency_code = $1`, [DEMO_COMMUNE, DEMO_COMMITTEE]);
    await manager.createQueryBuilder().insert().into(FieldEntity).values(DEMO_FIELDS).orIgnore().execute();
    for (const procedure of DEMO_PROCEDURES) {
      const exists = await manager.existsBy(ProcedureEntity, { code: procedure.code, version: procedure.version });
      if (!exists) await manager.insert(ProcedureEntity, procedure);
    }
  });
  const auth = app.get(AuthService);
  for (const user of DEMO_USERS) {
    if (!(await db.getRepository(UserEntity).existsBy({ username: user.username }))) {
      await auth.createUser({ ...user, password: DEMO_PASSWORD });
    }
  }
}
