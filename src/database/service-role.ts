import { Client } from 'pg';
import { databaseName } from './database-url';

/** Tables whose rows are history: the service appends to them and never rewrites one. */
const APPEND_ONLY_TABLES = ['dossier_events', 'user_account_events', 'shared_data_checks'];

/** The service's role on a database: one per database, since roles are shared by the whole cluster. */
export function serviceRoleName(url: string): string {
  const base = databaseName(url).toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return `${base.slice(0, 59)}_app`;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Creates (or updates the password of) a login role without superuser, database- or role-creating
 * powers, and grants it what the service needs on the database of `ownerUrl`: read and write the
 * tables and sequences, but neither UPDATE nor DELETE nor TRUNCATE the append-only audit tables.
 * Idempotent; safe when several runs on the same server create roles at once.
 */
export async function ensureServiceRole(ownerUrl: string, role: string, password: string): Promise<string> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    // One set-up at a time per database (the role is this database's); catalog rows touched by two at once fail.
    await owner.query('SELECT pg_advisory_lock(hashtext($1))', [`motcua-service-role ${role}`]);
    try {
      await owner.query(`CREATE ROLE ${quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '42710' && code !== '23505') throw error; // it exists (or another database's run just created it)
    }
    await owner.query(`ALTER ROLE ${quote(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`);
    await grantServicePrivileges(owner, role, databaseName(ownerUrl));
  } finally {
    await owner.end(); // also releases the advisory lock
  }
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The grants of the service role; run after every migration so new tables are covered. */
export async function grantServicePrivileges(owner: Client, role: string, name: string): Promise<void> {
  await owner.query(`REVOKE ALL ON DATABASE ${quote(name)} FROM PUBLIC`);
  await owner.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quote(name)} TO ${quote(role)}`);
  await owner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${quote(role)}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quote(role)}`);
  await owner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${quote(role)}`);
  for (const table of APPEND_ONLY_TABLES) {
    const exists = await owner.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', ['public', table]);
    if (exists.rowCount) await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${quote(table)} FROM ${quote(role)}`);
  }
  await owner.query(`REVOKE ALL ON schema_migrations FROM ${quote(role)}`);
  await owner.query(`GRANT SELECT ON schema_migrations TO ${quote(role)}`);
}

/** True when the URL's user is a PostgreSQL superuser (the service should not be). */
export async function isSuperuser(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    return rows[0]?.rolsuper === true;
  } finally {
    await client.end();
  }
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
