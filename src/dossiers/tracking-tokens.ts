import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_NAME = 'tracking-token-key';

/**
 * The citizens' tracking tokens (the QR's secret). The database keeps only their SHA-256, like staff
 * tokens; a token is derived again from the dossier id with a key kept apart from the dossiers
 * (TRACKING_TOKEN_KEY, or a random key in app_secrets made on first start) so slips can be reprinted.
 * Tokens issued before hashing (stored plain, now hashed) stay valid beside the derived one.
 */
export class TrackingTokens {
  private constructor(private readonly key: Buffer) {}

  static withKey(key: string): TrackingTokens {
    if (key.length < 32) throw new Error('TRACKING_TOKEN_KEY must be at least 32 characters');
    return new TrackingTokens(Buffer.from(key, 'utf8'));
  }

  /** The configured key, else the database's own (created once, the same for every instance). */
  static async load(secrets: { loadOrCreate(name: string, make: () => string): Promise<string> }, configuredKey?: string): Promise<TrackingTokens> {
    if (configuredKey) return TrackingTokens.withKey(configuredKey);
    return TrackingTokens.withKey(await secrets.loadOrCreate(SECRET_NAME, () => randomBytes(32).toString('base64url')));
  }

  /** 128 bits of HMAC-SHA256 over the dossier id, base64url (22 characters). */
  tokenOf(dossierId: string): string {
    return createHmac('sha256', this.key).update(`tracking:${dossierId}`).digest().subarray(0, 16).toString('base64url');
  }

  /** What the dossiers table stores. */
  hashOf(token: string): Buffer {
    return sha256(token);
  }

  /** The dossier's derived token as bytes: what `proves` compares with (a caller may keep it per dossier). */
  expectedOf(dossierId: string): Buffer {
    return Buffer.from(this.tokenOf(dossierId), 'utf8');
  }

  /**
   * Constant-time over the token's bytes: the derived token, else the stored hash of a token issued
   * before hashing. A token's length is public (22 characters); which of the two checks passed is
   * not hidden, the answer tells it anyway.
   */
  proves(given: string, dossierId: string, storedHash: Buffer, expected = this.expectedOf(dossierId)): boolean {
    const bytes = Buffer.from(given, 'utf8');
    if (bytes.length === expected.length && timingSafeEqual(bytes, expected)) return true;
    return storedHash.length === 32 && timingSafeEqual(sha256(given), storedHash);
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
