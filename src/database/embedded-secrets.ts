import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Passwords of the embedded cluster: its superuser (migrations) and the service's own role. */
export interface EmbeddedSecrets {
  superuserPassword: string;
  servicePassword: string;
}

/** The constant every embedded cluster had before its passwords were generated (issue 17.4). */
export const LEGACY_SUPERUSER_PASSWORD = 'motcua-embedded';

const FILE = 'credentials.json';

/**
 * The embedded cluster's passwords, generated on first start and kept in the data folder, readable
 * by its owner only (0600). `fresh` tells a cluster initialised before this file existed, whose
 * superuser still has the legacy constant until bootstrap changes it.
 */
export function loadOrCreateSecrets(dataDir: string): { secrets: EmbeddedSecrets; fresh: boolean } {
  const path = join(dataDir, FILE);
  if (existsSync(path)) {
    chmodSync(path, 0o600);
    return { secrets: JSON.parse(readFileSync(path, 'utf8')) as EmbeddedSecrets, fresh: false };
  }
  const secrets = { superuserPassword: randomBytes(24).toString('base64url'), servicePassword: randomBytes(24).toString('base64url') };
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { secrets, fresh: true };
}
