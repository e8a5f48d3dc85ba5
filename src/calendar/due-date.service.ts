import { Injectable } from '@nestjs/common';
import { localInstant, toLocalDate } from '../common/local-time';
import type { DurationMode, DurationUnit } from '../catalogue/procedure.entity';

export interface Duration {
  value: number;
  unit: DurationUnit;
  mode: DurationMode;
}

export interface DueDate {
  dueAt: Date;
  provisional: boolean;
}

const DAY_MS = 24 * 3600_000;

/**
 * Interim due-date computation (Monday–Friday, 07:30–11:30 and 13:00–17:00, no holidays) behind the
 * interface the calendar engine will implement.
 */
@Injectable()
export class DueDateService {
  async dueDate(_agencyCode: string | null, from: Date, duration: Duration): Promise<DueDate> {
    const workingMinutes = duration.unit === 'working_hours' ? duration.value * 60 : duration.value * 480;
    let date = toLocalDate(from);
    let remaining = workingMinutes;
    let cursor = from;
    for (;;) {
      if (isWeekday(date)) {
        for (const [start, end] of [['07:30', '11:30'], ['13:00', '17:00']]) {
          const periodStart = new Date(Math.max(localInstant(date, start).getTime(), cursor.getTime()));
          const periodEnd = localInstant(date, end);
          const available = (periodEnd.getTime() - periodStart.getTime()) / 60_000;
          if (available <= 0) continue;
          if (available >= remaining) return { dueAt: new Date(periodStart.getTime() + remaining * 60_000), provisional: false };
          remaining -= available;
        }
      }
      date = toLocalDate(new Date(localInstant(date).getTime() + DAY_MS));
      cursor = localInstant(date);
    }
  }
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day >= 1 && day <= 5;
}
