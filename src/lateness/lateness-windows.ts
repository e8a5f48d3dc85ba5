import { Inject, Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { AgencyDirectory } from '../catalogue';
import { CalendarService } from '../calendar';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { WorkingCalendar } from '../domain/calendar';
import { DEFAULT_DUE_SOON_WORKING_DAYS, DEFAULT_STEP_DUE_SOON_WORKING_MINUTES, dueSoonUntil, workingDaysToMinutes } from '../domain/lateness';
import type { DueSoonLimits } from '../dossiers';
import type { LatenessSettingsEntity } from './lateness-settings.entity';
import { LatenessSettingsRepository } from './lateness-settings.repository';

/** An agency's calendar and due-soon windows (working minutes) for dossiers and control-slip steps. */
export interface AgencyWindows {
  agencyCode: string;
  calendar: WorkingCalendar;
  dossierMinutes: number;
  stepMinutes: number;
  /** True when the window comes from the agency's own setting rather than the service default. */
  own: { dossier: boolean; step: boolean };
}

/** At an instant, per agency: the last deadlines that are due soon, and whether the agency is at work. */
export interface AgencyLimits {
  dossier: Date;
  step: Date;
  working: boolean;
}

/**
 * The due-soon windows, in working time of each resolving agency's calendar: the service default
 * (AppConfig: 1 working day for dossiers, 120 working minutes for steps) or the agency's setting.
 */
@Injectable()
export class LatenessWindows implements DueSoonLimits {
  constructor(
    private readonly calendars: CalendarService,
    private readonly agencies: AgencyDirectory,
    private readonly settings: LatenessSettingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async windows(agencyCode: string): Promise<AgencyWindows> {
    const own = await this.settings.ofAgency(agencyCode);
    return this.windowsOf(agencyCode, own);
  }

  async limits(now: Date): Promise<Map<string, AgencyLimits>> {
    const [agencies, settings] = await Promise.all([this.agencies.list(), this.settings.all()]);
    const byAgency = new Map(settings.map((row) => [row.agencyCode, row]));
    const limits = new Map<string, AgencyLimits>();
    for (const agency of agencies) {
      const w = await this.windowsOf(agency.code, byAgency.get(agency.code) ?? null);
      limits.set(agency.code, {
        dossier: dueSoonUntil(w.calendar, now, w.dossierMinutes),
        step: dueSoonUntil(w.calendar, now, w.stepMinutes),
        working: w.calendar.isWorkingInstant(now),
      });
    }
    return limits;
  }

  async dossierLimits(now: Date): Promise<Record<string, string>> {
    return Object.fromEntries([...(await this.limits(now))].map(([code, l]) => [code, l.dossier.toISOString()]));
  }

  async put(agencyCode: string, input: { dueSoonWorkingMinutes?: number | null; stepDueSoonWorkingMinutes?: number | null }, user: StaffUser): Promise<AgencyWindows> {
    await this.agencies.get(agencyCode); // 404 for an unknown agency
    const current = await this.settings.ofAgency(agencyCode);
    const row = await this.settings.save({
      agencyCode,
      dueSoonWorkingMinutes: input.dueSoonWorkingMinutes !== undefined ? input.dueSoonWorkingMinutes : (current?.dueSoonWorkingMinutes ?? null),
      stepDueSoonWorkingMinutes: input.stepDueSoonWorkingMinutes !== undefined ? input.stepDueSoonWorkingMinutes : (current?.stepDueSoonWorkingMinutes ?? null),
      updatedAt: new Date(),
      updatedBy: user.username,
    });
    return this.windowsOf(agencyCode, row);
  }

  private async windowsOf(agencyCode: string, own: LatenessSettingsEntity | null): Promise<AgencyWindows> {
    const calendar = await this.calendars.calendarFor(agencyCode);
    const defaultDays = this.config.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
    const defaultStep = this.config.stepDueSoonWorkingMinutes ?? DEFAULT_STEP_DUE_SOON_WORKING_MINUTES;
    return {
      agencyCode,
      calendar,
      dossierMinutes: own?.dueSoonWorkingMinutes ?? workingDaysToMinutes(calendar, defaultDays),
      stepMinutes: own?.stepDueSoonWorkingMinutes ?? defaultStep,
      own: { dossier: own?.dueSoonWorkingMinutes != null, step: own?.stepDueSoonWorkingMinutes != null },
    };
  }
}
