import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockingFolder, placeCluster, type FolderStat } from './cluster-placement';

const ROOT = 0;
const PG = { uid: 101, gids: [104, 103] };

/** A made-up file system: folder → owner, group, mode. */
function fakeStat(folders: Record<string, [number, number, number]>): FolderStat {
  return (path) => {
    const found = folders[path];
    return found ? { uid: found[0], gid: found[1], mode: 0o040000 | found[2] } : null;
  };
}

const usual = {
  '/': [ROOT, ROOT, 0o755],
  '/tmp': [ROOT, ROOT, 0o1777],
  '/root': [ROOT, ROOT, 0o700],
  '/root/motcua': [ROOT, ROOT, 0o755],
  '/root/motcua/data': [ROOT, ROOT, 0o755],
  '/tmp/tmp.Ab12': [ROOT, ROOT, 0o700],
  '/srv': [ROOT, ROOT, 0o755],
  '/srv/pgonly': [PG.uid, PG.gids[0], 0o700],
  '/srv/group': [ROOT, 103, 0o750],
  '/srv/private': [ROOT, ROOT, 0o750],
  '/var': [ROOT, ROOT, 0o755],
  '/var/lib': [ROOT, ROOT, 0o755],
} satisfies Record<string, [number, number, number]>;
const stat = fakeStat(usual);

describe('which folder keeps the postgres user out', () => {
  it('is none along an open chain, nor in folders still to be created (root makes them 0755)', () => {
    expect(blockingFolder('/srv/motcua/data/pg', PG, stat)).toBeNull();
    expect(blockingFolder('/var/lib/motcua/cluster-1/pg', PG, stat)).toBeNull();
  });

  it('is the first folder without search permission for it: owner, then group, then others', () => {
    expect(blockingFolder('/root/motcua/data/pg', PG, stat)).toBe('/root');
    expect(blockingFolder('/tmp/tmp.Ab12/m/data/pg', PG, stat)).toBe('/tmp/tmp.Ab12');
    expect(blockingFolder('/srv/pgonly/pg', PG, stat)).toBeNull(); // its own folder, mode 0700
    expect(blockingFolder('/srv/group/pg', PG, stat)).toBeNull(); // one of its groups, g+x
    expect(blockingFolder('/srv/private/pg', PG, stat)).toBe('/srv/private');
  });

  it('gives a user not created yet only the others’ permissions', () => {
    expect(blockingFolder('/srv/group/pg', null, stat)).toBe('/srv/group');
    expect(blockingFolder('/srv/motcua/pg', null, stat)).toBeNull();
  });

  it('reads a real folder of mode 0700 as closed to a user who does not own it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'motcua-placement-'));
    try {
      mkdirSync(join(parent, 'inner'));
      chmodSync(parent, 0o700);
      const realStat: FolderStat = (path) => {
        try {
          const s = statSync(path);
          return { uid: s.uid, gid: s.gid, mode: s.mode };
        } catch {
          return null;
        }
      };
      const stranger = { uid: 4_000_000, gids: [4_000_000] };
      expect(blockingFolder(join(parent, 'inner', 'pg'), stranger, realStat)).toBe(parent);
      chmodSync(parent, 0o711);
      expect(blockingFolder(join(parent, 'inner', 'pg'), stranger, realStat)).toBeNull();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('where the embedded cluster lives', () => {
  const place = (requested: string, runsAsRoot: boolean, relocatable: boolean) => placeCluster({ requested, runsAsRoot, relocatable, user: PG, stat });

  it('stays where asked when not root (PostgreSQL then runs as the same user)', () => {
    expect(place('/root/motcua/data/pg', false, false)).toEqual({ ok: true, dataDir: '/root/motcua/data/pg' });
  });

  it('stays where asked as root when the postgres user can reach it', () => {
    expect(place('/srv/motcua/data/pg', true, false)).toEqual({ ok: true, dataDir: '/srv/motcua/data/pg' });
  });

  it('moves a default folder root-only folders hide to a stable place of its own under /var/lib/motcua', () => {
    const first = place('/tmp/tmp.Ab12/m/data/pg', true, true);
    expect(first).toEqual({ ok: true, dataDir: expect.stringMatching(/^\/var\/lib\/motcua\/cluster-[0-9a-f]{12}$/), movedFrom: '/tmp/tmp.Ab12/m/data/pg' });
    expect(place('/tmp/tmp.Ab12/m/data/pg', true, true)).toEqual(first); // the next start finds it again
    const other = place('/root/motcua/data/pg', true, true);
    expect(other.ok && first.ok && other.dataDir).not.toBe(first.ok && first.dataDir); // another clone, another cluster
  });

  it('refuses a folder the operator chose in one line naming the folder, its mode and MOTCUA_DATA_DIR', () => {
    const refused = place('/root/motcua/data/pg', true, false);
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : refused.message;
    expect(message).not.toContain('\n');
    expect(message).toContain('postgres user, who may not enter /root (mode 0700)');
    expect(message).toContain('MOTCUA_DATA_DIR');
  });
});
