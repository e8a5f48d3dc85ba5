import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { TransactionContext } from '../database/transaction-context';
import {
  readSatisfactionInput,
  satisfactionLabel,
  whyNotRateable,
  type SatisfactionInput,
  type SatisfactionSource,
} from '../domain/satisfaction';
import { DossierEventRepository } from '../dossiers';
import type { NewDossierEvent } from '../dossiers';
import { DossierQueries } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { DossierWorkflow } from '../tracking';
import type { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SatisfactionRatingRepository } from './satisfaction-rating.repository';

/** The answer of every satisfaction endpoint. */
export interface SatisfactionRatingView {
  code: string;
  level: SatisfactionRatingEntity['level'];
  levelLabel: string;
  comment: string | null;
  ratedAt: string;
  source: SatisfactionSource;
}

/** Who the audit trail names for a rating the citizen gave on the QR page. */
export const CITIZEN_ACTOR: NewDossierEvent['actor'] = { id: null, fullName: 'Người nộp hồ sơ (trang tra cứu)' };

const ALREADY_RATED = 'Hồ sơ này đã được đánh giá mức độ hài lòng; mỗi hồ sơ chỉ được đánh giá một lần';

/**
 * Satisfaction ratings (DOMAIN.md §6; QĐ 766 indicator 5.4): once per dossier, after its result was
 * returned, recorded by counter staff or by the citizen through the QR token. The rating and its
 * audit event commit together on the locked dossier, so the citizen's cached status page, stamped
 * by the newest event, changes with it.
 */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly workflow: DossierWorkflow,
    private readonly queries: DossierQueries,
    private readonly dossiers: DossierRepository,
    private readonly ratings: SatisfactionRatingRepository,
    private readonly events: DossierEventRepository,
    private readonly clock: Clock,
  ) {}

  /** Staff record the citizen's rating: 404 outside the caller's agencies, 409 before the return, 422 when rated already. */
  rateAtCounter(code: string, raw: { level?: unknown; comment?: unknown }, user: StaffUser): Promise<SatisfactionRatingView> {
    const input = validInput(raw);
    return onceOnly(() => this.workflow.withLockedDossier(code, user, (dossier) => this.record(dossier, input, 'counter', user)));
  }

  /** The citizen's own rating; the caller has proved the QR token for this dossier. */
  ratePublic(dossierId: string, raw: { level?: unknown; comment?: unknown }): Promise<SatisfactionRatingView> {
    const input = validInput(raw);
    return onceOnly(() =>
      this.tx.run(async () => {
        const dossier = await this.dossiers.lockById(dossierId);
        if (!dossier) throw DomainError.notFound('Dossier');
        return this.record(dossier, input, 'public', CITIZEN_ACTOR);
      }),
    );
  }

  /** The rating of a dossier the caller may see; 404 when there is none. */
  async find(code: string, user: StaffUser): Promise<SatisfactionRatingView> {
    const dossier = await this.queries.getVisible(code, user);
    const rating = await this.ratings.ofDossier(dossier.id);
    if (!rating) throw DomainError.notFound(`Satisfaction rating of dossier ${dossier.code}`);
    return ratingView(dossier.code, rating);
  }

  private async record(
    dossier: DossierEntity,
    input: SatisfactionInput,
    source: SatisfactionSource,
    actor: NewDossierEvent['actor'],
  ): Promise<SatisfactionRatingView> {
    const notYet = whyNotRateable(dossier.status);
    if (notYet) throw DomainError.conflict(notYet);
    if (await this.ratings.exists(dossier.id)) throw DomainError.rule(ALREADY_RATED);
    const rating: SatisfactionRatingEntity = {
      dossierId: dossier.id,
      level: input.level,
      ratedAt: this.clock.now(),
      comment: input.comment,
      source,
      recordedBy: source === 'counter' ? actor.id : null,
    };
    await this.ratings.insert(rating);
    await this.events.append({
      dossierId: dossier.id,
      type: DossierEventType.SatisfactionRated,
      occurredAt: rating.ratedAt,
      actor,
      fromStatus: dossier.status,
      toStatus: dossier.status,
      data: { level: input.level, source },
    });
    return ratingView(dossier.code, rating);
  }
}

function ratingView(code: string, rating: SatisfactionRatingEntity): SatisfactionRatingView {
  return {
    code,
    level: rating.level,
    levelLabel: satisfactionLabel(rating.level),
    comment: rating.comment,
    ratedAt: rating.ratedAt.toISOString(),
    source: rating.source,
  };
}

/** 400 naming the fields, in the shape of the validation pipe's errors. */
function validInput(raw: { level?: unknown; comment?: unknown }): SatisfactionInput {
  const result = readSatisfactionInput(raw);
  if (result.ok) return result.value;
  const fields = result.errors.map((e) => e.field).join(', ');
  throw new DomainError('INVALID_INPUT', `Invalid input: ${fields}`, result.errors);
}

/**
 * The dossier row lock orders concurrent ratings, so the second one normally sees the first and gets
 * 422; should two ever reach the insert together, the primary key refuses the second: 422 as well.
 */
export async function onceOnly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw DomainError.rule(ALREADY_RATED);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; table?: string } }).driverError;
  return driverError?.code === '23505' && driverError.table === 'satisfaction_ratings';
}
