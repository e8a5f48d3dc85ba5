import { createHash } from 'node:crypto';
import { dirname, join, parse, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` system
 * user: its cluster folder and its binaries must sit in folders that user may enter. A clone in a
 * root-only folder (a home folder, `mktemp -d`, mode 0700) is not such a place.
 */

/** Where root keeps the embedded clusters and binaries of clones the postgres user cannot enter. */
export const ROOT_FALLBACK_DIR = '/var/lib/motcua';

/** The owner, group and mode of a folder, or null when it does not exist. */
export type FolderStat = (path: string) => { uid: number; gid: number; mode: number } | null;

export interface PostgresUser {
  uid: number;
  gids: number[];
}

/**
 * The first existing folder on the way to `path` that `user` may not enter (no search permission
 * for it), or null when it may reach `path`. Folders still to be created are made by root with
 * mode 0755, which it may enter. A user not created yet (null) has only the others' permissions.
 */
export function blockingFolder(path: string, user: PostgresUser | null, stat: FolderStat): string | null {
  const folders: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dir === parse(dir).root) break;
  }
  for (const dir of folders) {
    const s = stat(dir);
    if (!s) return null;
    if (!mayEnter(s, user)) return dir;
  }
  return null;
}

function mayEnter(s: { uid: number; gid: number; mode: number }, user: PostgresUser | null): boolean {
  if (user && s.uid === user.uid) return (s.mode & 0o100) !== 0;
  if (user && user.gids.includes(s.gid)) return (s.mode & 0o010) !== 0;
  return (s.mode & 0o001) !== 0;
}

export type Placement =
  | { ok: true; dataDir: string; movedFrom?: string }
  | { ok: false; message: string };

/**
 * Where the cluster of `requested` lives. As root, when the postgres user cannot reach it: a
 * default folder moves to a stable place of its own under ROOT_FALLBACK_DIR (the same clone finds
 * it again at the next start); a folder the operator chose (MOTCUA_DATA_DIR) is refused in one line.
 */
export function placeCluster(args: {
  requested: string;
  runsAsRoot: boolean;
  relocatable: boolean;
  user: PostgresUser | null;
  stat: FolderStat;
}): Placement {
  const requested = resolve(args.requested);
  if (!args.runsAsRoot) return { ok: true, dataDir: requested };
  const blocked = blockingFolder(requested, args.user, args.stat);
  if (!blocked) return { ok: true, dataDir: requested };
  if (!args.relocatable) return { ok: false, message: unreachableMessage(blocked, args.stat) };
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 12);
  return { ok: true, dataDir: join(ROOT_FALLBACK_DIR, `cluster-${key}`), movedFrom: requested };
}

/** The one line that says why the embedded PostgreSQL cannot start there and what to set instead. */
export function unreachableMessage(blocked: string, stat: FolderStat): string {
  const mode = stat(blocked)?.mode ?? 0;
  return (
    `Embedded PostgreSQL cannot start: as root it runs as the postgres user, who may not enter ${blocked} ` +
    `(mode ${(mode & 0o777).toString(8).padStart(4, '0')}); set MOTCUA_DATA_DIR to a folder that user can reach ` +
    `(e.g. ${ROOT_FALLBACK_DIR}/data), or DATABASE_URL to a PostgreSQL server.`
  );
}
