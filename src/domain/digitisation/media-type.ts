/** The file types a digitised document or a result may have (DOMAIN.md §9). */
export const STORED_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type StoredMediaType = (typeof STORED_MEDIA_TYPES)[number];

const SIGNATURES: ReadonlyArray<{ type: StoredMediaType; magic: number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The type judged from the first bytes (never from the name); null when it is none of ours. */
export function sniffMediaType(bytes: Uint8Array): StoredMediaType | null {
  const found = SIGNATURES.find(({ magic }) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b));
  return found?.type ?? null;
}

/** Declared types that say nothing (a browser that does not know the file): the bytes decide alone. */
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);
const ALIASES: Record<string, StoredMediaType> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'application/x-pdf': 'application/pdf' };

export type MediaTypeVerdict = { ok: true; type: StoredMediaType } | { ok: false; reason: 'unsupported' | 'mismatch'; detected: StoredMediaType | null };

/** The bytes' type when it is accepted and agrees with what the client declared (parameters such as charset ignored). */
export function judgeMediaType(bytes: Uint8Array, declared: string | undefined): MediaTypeVerdict {
  const detected = sniffMediaType(bytes);
  if (detected === null) return { ok: false, reason: 'unsupported', detected };
  const plain = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (UNDECLARED.has(plain)) return { ok: true, type: detected };
  const claimed = ALIASES[plain] ?? plain;
  return claimed === detected ? { ok: true, type: detected } : { ok: false, reason: 'mismatch', detected };
}
