import bcrypt from 'bcryptjs';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are hashed with node's built-in scrypt, which runs on libuv's thread pool, so a burst of
 * logins does not stall the event loop (bcryptjs hashes in JavaScript on it). Native bcrypt or argon2
 * would need a compiled add-on per Node version and platform; scrypt needs nothing installed.
 * Hashes written by bcryptjs before stay valid: they are verified with it and rehashed on login.
 * Format: scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>.
 */
const LOG_N = 14; // N = 16384, r = 8: 16 MiB and a few tens of ms per hash
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, R, P);
  return ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (hash.startsWith('$2')) return bcrypt.compare(password, hash); // legacy bcryptjs hash
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (![logN, r, p].every((n) => Number.isInteger(n) && n > 0 && n < 32)) return false;
  const expected = Buffer.from(parts[5], 'base64');
  const actual = await derive(password, Buffer.from(parts[4], 'base64'), logN, r, p);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Legacy or weaker hashes are replaced after a successful login. */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(`scrypt$${LOG_N}$${R}$${P}$`);
}

let dummy: Promise<string> | undefined;

/** A hash of a random password: verified against when the user name is unknown, so both cost the same. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
