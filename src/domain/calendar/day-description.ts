import type { ResolvedYears } from './calendar-years';
import { isoFromDay, weekdayOfDay } from './local-time';

export interface DayDescription {
  date: string;
  working: boolean;
  /** Vietnamese, for the public calendar page: 'Ngày làm việc', 'Làm bù', 'Thứ Bảy', 'Chủ nhật', 'Nghỉ …'. */
  reason: string;
}

function reasonOf(day: number, working: boolean, years: ResolvedYears): string {
  if (working) return years.makeUpDays.has(day) ? 'Làm bù' : 'Ngày làm việc';
  const period = years.periodNames.get(day);
  if (period) return `Nghỉ ${period}`;
  if (years.daysOff.has(day)) return 'Nghỉ lễ';
  const weekday = weekdayOfDay(day);
  if (weekday === 6) return 'Thứ Bảy';
  return weekday === 0 ? 'Chủ nhật' : 'Nghỉ lễ';
}

export function describeDay(day: number, working: boolean, years: ResolvedYears): DayDescription {
  return { date: isoFromDay(day), working, reason: reasonOf(day, working, years) };
}
