import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Satisfies } from '../../common/satisfies.decorator';
import { checkFullName, checkIdentifier, checkPhone, normaliseIdentifier, normalisePhoneInput, normaliseText } from '../applicant-checks';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseText(value) : value);
const phone = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalisePhoneInput(value) : value);
const identifier = ({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseIdentifier(value) : value);

/** Limits the decorators below and the hand check of the usual body (plainlyValidIntake) both apply. */
const LIMITS = { code: 50, address: 300, note: 1000, minSets: 1, maxSets: 20 } as const;
const CHANNEL_VALUES = ['direct', 'online', 'postal'] as const;

export class ApplicantDto {
  @ApiProperty({ example: 'Nguyễn Thị Hồng Nhung', description: "Person's full name or organisation's name; spaces are normalised" })
  @Transform(trimmed)
  @Satisfies(checkFullName)
  fullName: string;

  /** 12-digit personal identifier, or an organisation's tax code (10 digits, or 10-3). */
  @ApiProperty({ example: '038190012345', description: "12-digit personal identifier (CCCD), or an organisation's tax code (10 digits, or 10-3 digits)" })
  @Transform(identifier)
  @Satisfies(checkIdentifier)
  idNumber: string;

  @ApiProperty({ example: '0912345678', description: 'Mobile (10 digits, 03/05/07/08/09) or landline (11 digits, 02); +84 and separators accepted, stored as 0…' })
  @Transform(phone)
  @Satisfies(checkPhone)
  phone: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 200, example: 'nhung.nguyen@example.vn' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email is not a valid e-mail address' })
  @MaxLength(200)
  email?: string;

  @ApiProperty({ example: '5 Lê Lai, phường Hạc Thành', maxLength: 300 })
  @Transform(trimmed)
  @IsString({ message: 'address is required' })
  @IsNotEmpty({ message: 'address is required' })
  @MaxLength(LIMITS.address)
  address: string;
}

/** Someone submitting on the applicant's behalf. */
export class RepresentativeDto {
  @ApiProperty({ example: 'Trần Văn Bình' })
  @Transform(trimmed)
  @Satisfies(checkFullName)
  fullName: string;

  @ApiPropertyOptional({ example: '038085001234', description: '12-digit personal identifier, or a tax code' })
  @IsOptional()
  @Transform(identifier)
  @Satisfies(checkIdentifier)
  idNumber?: string;

  @ApiPropertyOptional({ example: '0987654321' })
  @IsOptional()
  @Transform(phone)
  @Satisfies(checkPhone)
  phone?: string;
}

export class SubmittedDocumentDto {
  @ApiProperty({ example: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', maxLength: 300 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 99, default: 1 })
  @IsOptional()
  @IsInt({ message: 'copies must be a whole number' })
  @Min(1)
  @Max(99)
  copies?: number;
}

export class CreateDossierDto {
  @ApiProperty({ example: '1.004873', maxLength: 50, description: 'Code of a procedure in force (GET /api/v1/procedures)' })
  @IsString()
  @IsNotEmpty({ message: 'procedureCode is required' })
  @MaxLength(LIMITS.code)
  procedureCode: string;

  @ApiProperty({ type: () => ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  @IsNotEmpty({ message: 'applicant is required' })
  applicant: ApplicantDto;

  @ApiPropertyOptional({ type: () => RepresentativeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  representative?: RepresentativeDto;

  @ApiProperty({ enum: ['direct', 'online', 'postal'], example: 'direct', description: 'How the dossier arrived: at the counter, online, or by post' })
  @IsIn([...CHANNEL_VALUES], { message: 'channel must be one of direct, online, postal' })
  channel: 'direct' | 'online' | 'postal';

  @ApiPropertyOptional({ type: () => [SubmittedDocumentDto], maxItems: 50, description: "Documents handed in; default the procedure's required documents" })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => SubmittedDocumentDto)
  documents?: SubmittedDocumentDto[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20, default: 1, description: 'Number of sets of the dossier handed in' })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.minSets)
  @Max(LIMITS.maxSets)
  setsCount?: number;

  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: "Receiving agency; default the caller's own" })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.code)
  receivingAgencyCode?: string;

  @ApiPropertyOptional({ example: '000.17.22.H56', maxLength: 50, description: 'Resolving agency; default the receiving agency' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  resolvingAgencyCode?: string;

  /** Admin only: when a paper dossier was really received (ISO 8601 with offset), never in the future. */
  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-20T09:15:00+07:00', description: 'Admin only: when a paper dossier was really received; never in the future. Default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO 8601 instant' })
  receivedAt?: string;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Nộp thay cho mẹ' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string;

  /** Read by the global ValidationPipe (common/validation.ts) before class-validator. */
  static plainlyValid(body: unknown): CreateDossierDto | null {
    return plainlyValidIntake(body);
  }
}

const PLAIN_KEYS = new Set(['procedureCode', 'applicant', 'channel', 'setsCount', 'note', 'receivingAgencyCode']);
const PLAIN_APPLICANT_KEYS = ['fullName', 'idNumber', 'phone', 'address'];
const CHANNELS = new Set<string>(CHANNEL_VALUES);

/**
 * The usual counter intake (no representative, documents, e-mail, receivedAt or resolving agency),
 * checked and normalised by hand as the decorators above would: the DTO when every field is
 * plainly valid, else null and the body goes through class-validator, which names the faults.
 * Stricter, never looser, than the decorators (test/intake/plain-intake-body.spec.ts); it spares
 * each intake class-transformer's and class-validator's walk of the metadata.
 */
export function plainlyValidIntake(body: unknown): CreateDossierDto | null {
  if (!isPlainObject(body) || !Object.keys(body).every((key) => PLAIN_KEYS.has(key))) return null;
  const { procedureCode, applicant, channel, setsCount, note, receivingAgencyCode } = body;
  if (typeof procedureCode !== 'string' || procedureCode === '' || procedureCode.length > LIMITS.code) return null;
  if (typeof channel !== 'string' || !CHANNELS.has(channel)) return null;
  if (setsCount !== undefined && !(Number.isInteger(setsCount) && (setsCount as number) >= LIMITS.minSets && (setsCount as number) <= LIMITS.maxSets)) return null;
  if (receivingAgencyCode !== undefined && (typeof receivingAgencyCode !== 'string' || receivingAgencyCode.length > LIMITS.code)) return null;
  const trimmedNote = note === undefined ? undefined : typeof note === 'string' ? normaliseText(note) : null;
  if (trimmedNote === null || (trimmedNote !== undefined && trimmedNote.length > LIMITS.note)) return null;
  const person = plainApplicant(applicant);
  if (!person) return null;
  const dto = Object.assign(new CreateDossierDto(), { procedureCode, applicant: person, channel });
  if (setsCount !== undefined) dto.setsCount = setsCount as number;
  if (trimmedNote !== undefined) dto.note = trimmedNote;
  if (receivingAgencyCode !== undefined) dto.receivingAgencyCode = receivingAgencyCode as string;
  return dto;
}

function plainApplicant(value: unknown): ApplicantDto | null {
  if (!isPlainObject(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== PLAIN_APPLICANT_KEYS.length || !PLAIN_APPLICANT_KEYS.every((key) => typeof value[key] === 'string')) return null;
  const fullName = normaliseText(value.fullName as string);
  const idNumber = normaliseIdentifier(value.idNumber as string);
  const phone = normalisePhoneInput(value.phone as string);
  const address = normaliseText(value.address as string);
  if (checkFullName(fullName) !== null || checkIdentifier(idNumber) !== null || checkPhone(phone) !== null) return null;
  if (address === '' || address.length > LIMITS.address) return null;
  return Object.assign(new ApplicantDto(), { fullName, idNumber, phone, address });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
