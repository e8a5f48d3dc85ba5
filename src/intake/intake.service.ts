import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hasRole, StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import type { AgencyEntity } from '../catalogue';
import type { ProcedureEntity } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { toLocalDate } from '../common/local-time';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CalendarService } from '../calendar';
import type { DueDate } from '../domain/calendar';
import { DossierStatus } from '../domain/dossier';
import { applicantKindOf } from './applicant-checks';
import { ruleSetOn } from '../domain/rules';
import { resolvingAuthorityOf } from '../domain/authority';
import { DossierRepository } from '../dossiers';
import type { DossierEntity } from '../dossiers';
import type { ReceivedDossier } from '../dossiers';
import { trackingUrl } from '../dossiers';
import { TrackingTokens } from '../dossiers';
import type { CreateDossierDto } from './dto/create-dossier.dto';

export interface IntakeResult {
  dossier: DossierEntity;
  trackingUrl: string;
  /** False when an Idempotency-Key repeat returned the dossier created earlier. */
  created: boolean;
}

const UNIQUE_VIOLATION = '23505';

type Fingerprint = [field: string, ofDossier: (d: DossierEntity) => string, ofInput: (i: CreateDossierDto) => string];
const IDEMPOTENT_FIELDS: Fingerprint[] = [
  ['procedureCode', (d) => d.procedureCode, (i) => i.procedureCode],
  ['applicant.idNumber', (d) => d.applicantIdNumber, (i) => i.applicant.idNumber],
  ['applicant.fullName', (d) => d.applicantName, (i) => i.applicant.fullName],
  ['channel', (d) => d.channel, (i) => i.channel],
];

/** Receives a dossier at the counter (tiếp nhận hồ sơ): code, due date, status 2 and its audit event in one statement. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TrackingTokens,
  ) {}

  async receive(input: CreateDossierDto, user: StaffUser, idempotencyKey?: string): Promise<IntakeResult> {
    const receivingCode = this.receivingAgencyCode(input, user);
    let prepared: ReceivedDossier & { trackingToken: string };
    try {
      prepared = await this.prepare(input, user, receivingCode, idempotencyKey);
    } catch (error) {
      // A repeat is answered with the dossier its key named, whatever would refuse a new one now.
      const earlier = idempotencyKey ? await this.findByIdempotencyKey(receivingCode, idempotencyKey) : null;
      if (earlier) return this.repeat(earlier, input);
      throw error;
    }
    try {
      // A fresh intake is one round trip; a repeated key fails it on the unique index (nothing inserted).
      const { trackingToken, ...row } = prepared;
      return this.result(await this.dossiers.insertReceived(row), true, trackingToken);
    } catch (error) {
      const earlier = idempotencyKey && isUniqueViolation(error) ? await this.findByIdempotencyKey(receivingCode, idempotencyKey) : null;
      if (earlier) return this.repeat(earlier, input);
      throw error;
    }
  }

  /**
   * The new dossier, checked against the rules: agencies, procedure and calendar come from memory
   * (reference caches) once this instance has read them.
   */
  private async prepare(input: CreateDossierDto, user: StaffUser, receivingCode: string, idempotencyKey?: string): Promise<ReceivedDossier & { trackingToken: string }> {
    const receivedAt = this.receivedAt(input, user);
    const [receivingAgency, procedure] = await Promise.all([this.agencies.get(receivingCode), this.procedures.versionInForce(input.procedureCode, toLocalDate(receivedAt))]);
    const defaultResolver = await this.resolvingAuthority(procedure, receivingAgency);
    const resolvingAgency = (await this.namedResolvingAgency(input, receivingAgency, defaultResolver)) ?? defaultResolver;
    if (procedure.agencyLevel !== resolvingAgency.level) {
      throw DomainError.invalid('procedureCode', `procedure ${procedure.code} is not handled at ${resolvingAgency.level} level`);
    }
    const due = await this.calendars.dueDate(resolvingAgency.code, receivedAt, {
      value: procedure.durationValue,
      unit: procedure.durationUnit,
      mode: procedure.durationMode,
    });
    return this.newDossier({ input, user, receivingAgency, resolvingAgency, procedure, receivedAt, due, idempotencyKey });
  }

  /** The new row, its `received` event included; the statement allocates code and sequence. */
  private newDossier(args: {
    input: CreateDossierDto;
    user: StaffUser;
    receivingAgency: AgencyEntity;
    resolvingAgency: AgencyEntity;
    procedure: ProcedureEntity;
    receivedAt: Date;
    due: DueDate;
    idempotencyKey?: string;
  }): ReceivedDossier & { trackingToken: string } {
    const { input, user, receivingAgency, resolvingAgency, procedure, receivedAt, due } = args;
    const localDate = toLocalDate(receivedAt);
    const centralised = receivingAgency.codeFormat === 'centralised';
    const id = randomUUID();
    const trackingToken = this.tokens.tokenOf(id);
    return {
      id,
      trackingToken,
      codeAgency: centralised ? resolvingAgency.code : receivingAgency.code,
      codeDate: localDate,
      codeFormat: receivingAgency.codeFormat,
      systemOwnerDigits: receivingAgency.systemOwnerDigits ?? undefined,
      receivingAgencyCode: receivingAgency.code,
      resolvingAgencyCode: resolvingAgency.code,
      procedureId: procedure.id,
      procedureCode: procedure.code,
      procedureVersion: procedure.version,
      ruleVersion: ruleSetOn(localDate).id,
      applicantKind: applicantKindOf(input.applicant.idNumber),
      applicantName: input.applicant.fullName,
      applicantIdNumber: input.applicant.idNumber,
      applicantPhone: input.applicant.phone,
      applicantEmail: input.applicant.email ?? null,
      applicantAddress: input.applicant.address,
      representative: input.representative ?? null,
      channel: input.channel,
      documents: input.documents?.map((d) => ({ name: d.name, copies: d.copies ?? 1 })) ?? defaultDocuments(procedure),
      setsCount: input.setsCount ?? 1,
      note: input.note ?? null,
      status: DossierStatus.Received,
      receivedAt,
      dueAt: due.dueAt,
      provisional: due.provisional,
      trackingTokenHash: this.tokens.hashOf(trackingToken),
      idempotencyKey: args.idempotencyKey ?? null,
      createdBy: user.id,
      event: {
        type: 'received',
        actorId: user.id,
        actorName: user.fullName,
        toStatus: DossierStatus.Received,
        data: {
          procedureCode: procedure.code,
          procedureVersion: procedure.version,
          channel: input.channel,
          dueAt: due.dueAt.toISOString(),
          provisional: due.provisional,
          backfilled: input.receivedAt !== undefined,
        },
      },
    };
  }

  private receivingAgencyCode(input: CreateDossierDto, user: StaffUser): string {
    const code = input.receivingAgencyCode ?? user.agencyCode;
    if (!user.visibleAgencyCodes.includes(code)) {
      throw DomainError.forbidden('You can only receive dossiers for your own agency');
    }
    return code;
  }

  private async namedResolvingAgency(input: CreateDossierDto, receiving: AgencyEntity, procedureAuthority: AgencyEntity): Promise<AgencyEntity | null> {
    if (!input.resolvingAgencyCode) return null;
    const found = await this.agencies.find(input.resolvingAgencyCode);
    if (!found) throw DomainError.invalid('resolvingAgencyCode', `unknown agency ${input.resolvingAgencyCode}`);
    // The receiving centre routes to the procedure's authority, its own line (itself, under it, the
    // province above it) or the authority's line, never to another commune's.
    const [centreLine, authorityLine] = await Promise.all([this.agencies.lineOf(receiving.code), this.agencies.lineOf(procedureAuthority.code)]);
    if (!centreLine.includes(found.code) && !authorityLine.includes(found.code)) {
      throw DomainError.forbidden(`${found.code} is not an authority that ${receiving.code} may route dossiers to`);
    }
    return found;
  }

  /** The authority the procedure names at its level, for dossiers this centre receives (resolvingAuthorityOf). */
  private async resolvingAuthority(procedure: ProcedureEntity, receiving: AgencyEntity): Promise<AgencyEntity> {
    const found = resolvingAuthorityOf({ kind: procedure.resolverKind, code: procedure.resolverCode }, receiving);
    if (!found.ok) throw DomainError.invalid('procedureCode', found.reason);
    return found.code === receiving.code ? receiving : this.agencies.get(found.code);
  }

  /** A paper dossier received earlier may be entered by an administrator, never with a future time. */
  private receivedAt(input: CreateDossierDto, user: StaffUser): Date {
    const now = this.clock.now();
    if (input.receivedAt === undefined) return now;
    if (!hasRole(user, 'admin')) throw DomainError.forbidden('Only an administrator may set receivedAt');
    const at = new Date(input.receivedAt);
    if (at.getTime() > now.getTime()) throw DomainError.invalid('receivedAt', 'must not be in the future');
    return at;
  }

  private findByIdempotencyKey(agencyCode: string, key: string): Promise<DossierEntity | null> {
    return this.dossiers.findByIdempotencyKey(agencyCode, key);
  }

  /** A repeat must describe the same dossier: a reused key with another applicant or procedure is a client bug, not a retry. */
  private repeat(earlier: DossierEntity, input: CreateDossierDto): IntakeResult {
    const differs = IDEMPOTENT_FIELDS.filter(([, ofDossier, ofInput]) => ofDossier(earlier) !== ofInput(input)).map(([field]) => field);
    if (differs.length > 0) {
      throw new DomainError('CONFLICT', `Idempotency-Key was already used for dossier ${earlier.code} with a different ${differs.join(', ')}`, [
        { field: 'Idempotency-Key', message: `already used for dossier ${earlier.code} with a different ${differs.join(', ')}` },
      ]);
    }
    return this.result(earlier, false);
  }

  private result(dossier: DossierEntity, created: boolean, token = this.tokens.tokenOf(dossier.id)): IntakeResult {
    return { dossier, created, trackingUrl: trackingUrl(this.config.publicBaseUrl, dossier.code, token) };
  }
}

function defaultDocuments(procedure: ProcedureEntity) {
  return procedure.documents.filter((d) => d.required).map((d) => ({ name: d.name, copies: d.copies ?? 1 }));
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === UNIQUE_VIOLATION || (error as { driverError?: { code?: string } })?.driverError?.code === UNIQUE_VIOLATION;
}
