import type { INestApplicationContext } from '@nestjs/common';
import { ApologyService } from '../apologies';
import type { StaffUser } from '../auth';
import { UserRepository } from '../auth';
import { CalendarService } from '../calendar';
import { AgencyDirectory } from '../catalogue';
import { localInstant, toLocalDate } from '../common/local-time';
import type { WorkingCalendar } from '../domain/calendar';
import { DossierRepository } from '../dossiers';
import type { DossierEntity } from '../dossiers';
import type { CreateDossierDto } from '../intake';
import { IntakeService } from '../intake';
import { HandoffService } from '../tracking';
import { OutcomeService } from '../tracking';
import { SatisfactionService } from '../satisfaction';
import { SupplementService } from '../tracking';
import { DEMO_COMMUNE } from './demo-agencies';
import { demoApplicant, pick, type Random, seededRandom } from './demo-people';

/**
 * A few months of the demo ward's counter, replayed through the real services with the clock pinned
 * to each action's instant: dossiers received every working day, handed on, resolved mostly on time,
 * some late (a few with an apology), some waiting for a supplement, some withdrawn, most returned
 * results rated by the citizen, and the recent ones still open — so the queues, the look-up and the reports have something to show on first start.
 */
export interface DemoHistoryOptions {
  now: Date;
  /** Pins the application's clock (ReplayClock.pin, or a test clock's set). */
  moveClock: (at: Date) => void;
  days?: number;
  seed?: number;
}

const WORKING_DAY_MINUTES = 480;
const RECENT_MS = 21 * 86_400_000;
const OFFICER_UNIT = 'Công chức Tư pháp - Hộ tịch';
const LEADER_UNIT = 'Lãnh đạo UBND';
/** Procedure codes weighted by how often a ward counter sees them (chứng thực most). */
const PROCEDURE_MIX = ['2.000815', '2.000815', '2.000815', '2.000884', '1.001193', '1.001193', '2.000635', '1.004873', '1.004873', '1.000894', '1.000656', '1.004859', '2.001035', '1.001022'];

/** Most citizens asked at the counter are satisfied; a few are not. */
const RATING_MIX = ['very_satisfied', 'very_satisfied', 'very_satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;

type Fate = 'on_time' | 'late' | 'late_with_apology' | 'supplement' | 'withdrawn' | 'open';

interface Staff {
  counter: StaffUser;
  officer: StaffUser;
  head: StaffUser;
}

/** True when the demo ward has no dossier yet: the history is replayed once, never on top of real work. */
export async function demoHistoryNeeded(app: INestApplicationContext): Promise<boolean> {
  return !(await app.get(DossierRepository).anyReceivedBy(DEMO_COMMUNE));
}

export async function seedDemoHistory(app: INestApplicationContext, options: DemoHistoryOptions): Promise<number> {
  const random = seededRandom(options.seed ?? 20261123);
  const calendar = await app.get(CalendarService).calendarFor(DEMO_COMMUNE);
  const replay = new DemoReplay(app, await demoStaff(app), calendar, random, options);
  const receipts = receiptInstants(calendar, random, options.now, options.days ?? 120);
  for (const receivedAt of receipts) await replay.dossier(receivedAt);
  options.moveClock(options.now);
  return receipts.length;
}

/** 2–4 receipts per working day, at random working minutes, in time order, none after `now`. */
function receiptInstants(calendar: WorkingCalendar, random: Random, now: Date, days: number): Date[] {
  const instants: Date[] = [];
  let day = calendar.workingDayOnOrAfter(toLocalDate(new Date(now.getTime() - days * 86_400_000)));
  while (day <= toLocalDate(now)) {
    const opening = calendar.addWorkingMinutes(localInstant(day, '00:00'), 0);
    const minutes = Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(random() * (WORKING_DAY_MINUTES - 5)));
    for (const minute of minutes.sort((a, b) => a - b)) {
      const at = calendar.addWorkingMinutes(opening, minute);
      if (at < now) instants.push(at);
    }
    day = calendar.nextWorkingDay(day);
  }
  return instants;
}

class DemoReplay {
  private readonly intake: IntakeService;
  private readonly handoffs: HandoffService;
  private readonly supplements: SupplementService;
  private readonly outcomes: OutcomeService;
  private readonly apologies: ApologyService;
  private readonly satisfaction: SatisfactionService;

  constructor(
    app: INestApplicationContext,
    private readonly staff: Staff,
    private readonly calendar: WorkingCalendar,
    private readonly random: Random,
    private readonly options: DemoHistoryOptions,
  ) {
    this.intake = app.get(IntakeService);
    this.handoffs = app.get(HandoffService);
    this.supplements = app.get(SupplementService);
    this.outcomes = app.get(OutcomeService);
    this.apologies = app.get(ApologyService);
    this.satisfaction = app.get(SatisfactionService);
  }

  async dossier(receivedAt: Date): Promise<void> {
    this.at(receivedAt);
    const { dossier } = await this.intake.receive(this.intakeInput(), this.staff.counter);
    const fate = this.fateOf(dossier);
    if (fate === 'withdrawn') return this.withdraw(dossier);
    const handedAt = this.after(receivedAt, 5 + Math.floor(this.random() * 25));
    if (!this.reached(handedAt)) return;
    this.at(handedAt);
    await this.handoffs.handOff(dossier.code, { toUnit: OFFICER_UNIT, toOfficer: this.staff.officer.fullName, toUserId: this.staff.officer.id }, this.staff.counter);
    if (fate === 'open') return;
    const resumed = fate === 'supplement' ? await this.supplement(dossier, handedAt) : { at: handedAt, dueAt: dossier.dueAt };
    if (!resumed?.dueAt) return;
    if (fate === 'late_with_apology' && !(await this.apologise(dossier, receivedAt, resumed.dueAt))) return;
    await this.finish(dossier, resumed.at, this.resolutionInstant(fate, resumed.at, resumed.dueAt));
  }

  private intakeInput(): CreateDossierDto {
    const channel = this.random() < 0.42 ? 'online' : this.random() < 0.92 ? 'direct' : 'postal';
    return { procedureCode: pick(this.random, PROCEDURE_MIX), applicant: demoApplicant(this.random), channel } as CreateDossierDto;
  }

  /** Mostly on time; the last few days' dossiers are still being processed, and a few recent ones are stuck (overdue). */
  private fateOf(dossier: DossierEntity): Fate {
    const roll = this.random();
    if (dossier.dueAt && dossier.dueAt > this.options.now && roll < 0.85) return 'open';
    if (this.options.now.getTime() - dossier.receivedAt.getTime() < RECENT_MS && this.random() < 0.15) return this.random() < 0.6 ? 'open' : 'supplement';
    if (roll < 0.02) return 'withdrawn';
    if (roll < 0.1) return 'supplement';
    const multiDay = this.calendar.workingMinutesBetween(dossier.receivedAt, dossier.dueAt ?? dossier.receivedAt) > WORKING_DAY_MINUTES;
    if (roll < 0.125) return multiDay ? 'late_with_apology' : 'late';
    if (roll < 0.14) return 'late';
    return 'on_time';
  }

  private async withdraw(dossier: DossierEntity): Promise<void> {
    const at = this.after(dossier.receivedAt, 60 + Math.floor(this.random() * 600));
    if (!this.reached(at)) return;
    this.at(at);
    await this.outcomes.withdraw(dossier.code, 'Người nộp hồ sơ xin rút hồ sơ', this.staff.counter);
  }

  /** Form 02 an hour after the hand-off, the documents back 1–3 days later: when work resumes, and the new due date. */
  private async supplement(dossier: DossierEntity, handedAt: Date): Promise<{ at: Date; dueAt: Date | null } | null> {
    const requestedAt = this.after(handedAt, 60);
    if (!this.reached(requestedAt)) return null;
    this.at(requestedAt);
    const reason = 'Hồ sơ thiếu giấy tờ theo quy định';
    await this.supplements.request(dossier.code, { items: [{ name: 'Bản sao giấy tờ chứng minh nơi cư trú', kind: 'copy' }], reason }, this.staff.officer);
    const suppliedAt = this.after(requestedAt, WORKING_DAY_MINUTES * (1 + Math.floor(this.random() * 3)));
    if (!this.reached(suppliedAt)) return null;
    this.at(suppliedAt);
    return { at: suppliedAt, dueAt: (await this.supplements.receive(dossier.code, this.staff.counter)).dueAt };
  }

  /** Form 04 halfway to the deadline, with a new appointment three working days after it. */
  private async apologise(dossier: DossierEntity, receivedAt: Date, dueAt: Date): Promise<boolean> {
    const issuedAt = this.after(receivedAt, Math.floor(this.calendar.workingMinutesBetween(receivedAt, dueAt) / 2));
    if (!this.reached(issuedAt)) return false;
    this.at(issuedAt);
    const newDueAt = this.calendar.nthWorkingDayAfter(toLocalDate(dueAt), 3);
    const reason = 'Cần xác minh thêm thông tin với cơ quan có liên quan';
    await this.apologies.issue(dossier.code, { reason, newDueAt, signerName: this.staff.head.fullName, signerTitle: 'CHỦ TỊCH' }, this.staff.head);
    return true;
  }

  private resolutionInstant(fate: Fate, from: Date, dueAt: Date): Date {
    if (fate === 'late' || fate === 'late_with_apology') return this.after(dueAt, 30 + Math.floor(this.random() * WORKING_DAY_MINUTES * 2));
    const span = Math.max(this.calendar.workingMinutesBetween(from, dueAt), 2);
    return this.after(from, Math.max(1, Math.floor(span * (0.25 + this.random() * 0.7))));
  }

  /** The head signs, the officer records the result, the counter returns it within two days. */
  private async finish(dossier: DossierEntity, from: Date, resolvedAt: Date): Promise<void> {
    const signingAt = this.after(from, Math.floor(this.calendar.workingMinutesBetween(from, resolvedAt) / 2));
    if (!this.reached(signingAt)) return;
    this.at(signingAt);
    await this.handoffs.handOff(dossier.code, { toUnit: LEADER_UNIT, toOfficer: this.staff.head.fullName, toUserId: this.staff.head.id }, this.staff.officer);
    if (!this.reached(resolvedAt)) return;
    this.at(resolvedAt);
    await this.outcomes.resolve(dossier.code, { outcome: 'approved' }, this.staff.officer);
    const returnedAt = this.after(resolvedAt, Math.floor(this.random() * WORKING_DAY_MINUTES * 2));
    if (!this.reached(returnedAt)) return;
    this.at(returnedAt);
    await this.outcomes.returnResult(dossier.code, { method: dossier.channel === 'postal' ? 'postal' : 'counter' }, this.staff.counter);
    if (this.random() < 0.7) await this.satisfaction.rateAtCounter(dossier.code, { level: pick(this.random, RATING_MIX) }, this.staff.counter);
  }

  private after(from: Date, workingMinutes: number): Date {
    return this.calendar.addWorkingMinutes(from, workingMinutes);
  }

  private reached(at: Date): boolean {
    return at < this.options.now;
  }

  private at(instant: Date): void {
    this.options.moveClock(instant);
  }
}

async function demoStaff(app: INestApplicationContext): Promise<Staff> {
  const users = app.get(UserRepository);
  const agencies = app.get(AgencyDirectory);
  const staffUser = async (username: string): Promise<StaffUser> => {
    const user = await users.getByUsername(username);
    const { id, fullName, roles, agencyCode, unitName } = user;
    return { id, username, fullName, roles, agencyCode, unitName, visibleAgencyCodes: await agencies.visibleFrom(agencyCode) };
  };
  return { counter: await staffUser('tiepnhan'), officer: await staffUser('chuyenvien'), head: await staffUser('lanhdao') };
}
