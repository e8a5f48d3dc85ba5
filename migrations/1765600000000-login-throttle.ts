import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed-login counters (issue 17.2), shared by every instance of the service: one row per account
 * or client key (a SHA-256, so no typed user name is kept) and fixed window.
 */
export class LoginThrottle1765600000000 implements MigrationInterface {
  name = 'LoginThrottle1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE throttle_counters (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS throttle_counters`);
  }
}
