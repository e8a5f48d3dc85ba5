import type { INestApplicationContext } from '@nestjs/common';
import { AuthService } from '../auth';
import { UserRepository } from '../auth';
import { ReferenceCaches } from '../database/reference-cache';
import { TransactionContext } from '../database/transaction-context';
import { DemoCatalogueRepository } from './demo-catalogue.repository';
import { DEMO_AGENCIES, DEMO_CENTRE_AUTHORITIES, DEMO_COMMITTEE, DEMO_COMMUNE } from './demo-agencies';
import { DEMO_FIELDS, DEMO_PROCEDURES } from './demo-procedures';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** Inserts the demo catalogue and accounts if missing; running it again changes nothing. */
export async function seedDemo(app: INestApplicationContext): Promise<void> {
  const tx = app.get(TransactionContext);
  const catalogue = new DemoCatalogueRepository(tx);
  await tx.run(async () => {
    await catalogue.insertMissingAgencies(DEMO_AGENCIES);
    // A demo database seeded before resolving authorities existed: link its centres to their committees.
    for (const [centre, committee] of DEMO_CENTRE_AUTHORITIES) await catalogue.linkCentreToAuthority(centre, committee);
    // …and make its head the committee's, who issues the apologies of the dossiers the committee resolves.
    await catalogue.moveUser('lanhdao', DEMO_COMMUNE, DEMO_COMMITTEE);
    await catalogue.insertMissingFields(DEMO_FIELDS);
    for (const procedure of DEMO_PROCEDURES) await catalogue.insertProcedureIfMissing(procedure);
  });
  app.get(ReferenceCaches).written('*'); // the catalogue may have changed: not only once the NOTIFYs arrive
  const auth = app.get(AuthService);
  const users = app.get(UserRepository);
  for (const user of DEMO_USERS) {
    if (!(await users.existsByUsername(user.username))) {
      await auth.createUser({ ...user, password: DEMO_PASSWORD });
    }
  }
}
