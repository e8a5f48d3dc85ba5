import { isValidAgencyIdentifier } from './agency-identifier';

/**
 * Dossier codes (mã số hồ sơ), DOMAIN.md §3:
 * - standard: `<agency identifier>-<YYMMDD>-<sequence>`, e.g. `000.17.22.H56-210531-0001`;
 * - centralised (TT 04/2025/TT-VPCP, nationally centralised services):
 *   `<resolving agency identifier>-<YYMMDD>-<AA><sequence>`, AA = two digits of the system owner's id.
 * The sequence is the dossier's number that day, at least 4 digits (zero-padded), and simply grows
 * beyond 9999. YYMMDD is read as 20YY: receipt dates before 2000 or after 2099 cannot be encoded.
 */
export type DossierCodeFormat = 'standard' | 'centralised';

export interface DossierCodeParts {
  agencyId: string;
  /** Receipt date, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  date: string;
  /** 1, 2, 3… within the agency and day. */
  sequence: number;
  format: DossierCodeFormat;
  /** Two digits; present for the centralised format only. */
  systemOwnerDigits?: string;
}

const MIN_SEQUENCE_DIGITS = 4;

export function formatDossierCode(parts: DossierCodeParts): string {
  assertValidParts(parts);
  const owner = parts.format === 'centralised' ? parts.systemOwnerDigits : '';
  return `${parts.agencyId}-${compactDate(parts.date)}-${owner}${padSequence(parts.sequence)}`;
}

/**
 * Reads a code back into its parts, or null if it is not a code this system would produce in that
 * format. The format must be known (a per-agency setting): `…-120001` is sequence 120001 in the
 * standard format but owner 12, sequence 1 in the centralised one. Non-canonical sequences
 * (`00001`, `0000`) are refused so that one dossier has exactly one code.
 */
export function parseDossierCode(code: string, format: DossierCodeFormat = 'standard'): DossierCodeParts | null {
  const match = /^(.+)-(\d{6})-(\d+)$/.exec(typeof code === 'string' ? code.trim() : '');
  if (!match) return null;
  const [, agencyId, yymmdd, tail] = match;
  const date = expandDate(yymmdd);
  if (!isValidAgencyIdentifier(agencyId) || date === null) return null;
  if (format === 'standard') {
    const sequence = readSequence(tail);
    return sequence === null ? null : { agencyId, date, sequence, format };
  }
  const sequence = readSequence(tail.slice(2));
  if (sequence === null) return null;
  return { agencyId, date, sequence, format, systemOwnerDigits: tail.slice(0, 2) };
}

function assertValidParts(parts: DossierCodeParts): void {
  if (parts.format !== 'standard' && parts.format !== 'centralised') throw new RangeError(`Unknown format: ${parts.format}`);
  if (!isValidAgencyIdentifier(parts.agencyId)) throw new RangeError(`Invalid agency identifier: ${parts.agencyId}`);
  if (expandDate(compactDate(parts.date)) !== parts.date) throw new RangeError(`Invalid receipt date: ${parts.date}`);
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) throw new RangeError(`Invalid sequence: ${parts.sequence}`);
  if (parts.format === 'centralised' && !/^\d{2}$/.test(parts.systemOwnerDigits ?? '')) {
    throw new RangeError(`The centralised format needs two system owner digits, got: ${parts.systemOwnerDigits}`);
  }
}

/** YYYY-MM-DD (2000–2099) → YYMMDD; anything else gives a string expandDate refuses. */
function compactDate(date: string): string {
  const match = /^20(\d{2})-(\d{2})-(\d{2})$/.exec(date);
  return match ? match[1] + match[2] + match[3] : '';
}

/** YYMMDD → YYYY-MM-DD if it is a real calendar date, else null. */
function expandDate(yymmdd: string): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

function padSequence(sequence: number): string {
  return String(sequence).padStart(MIN_SEQUENCE_DIGITS, '0');
}

function readSequence(digits: string): number | null {
  if (!/^\d+$/.test(digits)) return null;
  const sequence = Number(digits);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return padSequence(sequence) === digits ? sequence : null;
}
