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

  /** The SHA-256 of the dossier's derived token: what `proves` compares with (a caller may keep it per dossier). */
  expectedHashOf(dossierId: string): Buffer {
    return sha256(this.tokenOf(dossierId));
  }

  /** Constant-time: the derived token, or the stored hash of a token issued before hashing. */
  proves(given: string, dossierId: string, storedHash: Buffer, expectedHash = this.expectedHashOf(dossierId)): boolean {
    const hash = sha256(given);
    const derived = timingSafeEqual(hash, expectedHash);
    const stored = storedHash.length === 32 && timingSafeEqual(hash, storedHash);
    return derived || stored;
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
