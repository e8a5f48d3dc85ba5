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

export class ApplicantDto {
  @Transform(trimmed)
  @Satisfies(checkFullName)
  fullName: string;

  /** 12-digit personal identifier, or an organisation's tax code (10 digits, or 10-3). */
  @Transform(identifier)
  @Satisfies(checkIdentifier)
  idNumber: string;

  @Transform(phone)
  @Satisfies(checkPhone)
  phone: string;

  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email is not a valid e-mail address' })
  @MaxLength(200)
  email?: string;

  @Transform(trimmed)
  @IsString({ message: 'address is required' })
  @IsNotEmpty({ message: 'address is required' })
  @MaxLength(300)
  address: string;
}

export class RepresentativeDto {
  @Transform(trimmed)
  @Satisfies(checkFullName)
  fullName: string;

  @IsOptional()
  @Transform(identifier)
  @Satisfies(checkIdentifier)
  idNumber?: string;

  @IsOptional()
  @Transform(phone)
  @Satisfies(checkPhone)
  phone?: string;
}

export class SubmittedDocumentDto {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(300)
  name: string;

  @IsOptional()
  @IsInt({ message: 'copies must be a whole number' })
  @Min(1)
  @Max(99)
  copies?: number;
}

export class CreateDossierDto {
  @IsString()
  @IsNotEmpty({ message: 'procedureCode is required' })
  @MaxLength(50)
  procedureCode: string;

  @ValidateNested()
  @Type(() => ApplicantDto)
  @IsNotEmpty({ message: 'applicant is required' })
  applicant: ApplicantDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  representative?: RepresentativeDto;

  @IsIn(['direct', 'online', 'postal'], { message: 'channel must be one of direct, online, postal' })
  channel: 'direct' | 'online' | 'postal';

  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => SubmittedDocumentDto)
  documents?: SubmittedDocumentDto[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  setsCount?: number;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  receivingAgencyCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  resolvingAgencyCode?: string;

  /** Admin only: when a paper dossier was really received (ISO 8601 with offset), never in the future. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO 8601 instant' })
  receivedAt?: string;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}
