/** A named stretch of days off as announced, e.g. { name: 'Tết Nguyên đán (Bính Ngọ)', from: '2026-02-14', to: '2026-02-22' }. */
export interface NamedPeriod {
  name: string;
  from: string;
  to: string;
}

/** One year of official days off; dates are local 'YYYY-MM-DD'. */
export interface CalendarYear {
  /** Weekdays (or any dates) that are not worked. */
  daysOff: string[];
  /** Make-up working days (làm bù), usually Saturdays; they use the weekday working periods. */
  workingSaturdays: string[];
  /** False for a year computed from the statute and not yet confirmed by an administrator. */
  confirmed: boolean;
  /** Names shown for days off (describeDays); may start in the previous year. */
  periods?: NamedPeriod[];
}

/** A working period of a day, local 'HH:MM'. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface CalendarDefinition {
  years: Record<number, CalendarYear>;
  /** Monday–Friday working periods, e.g. 07:30–11:30 and 13:00–17:00. */
  weekdayPeriods: WorkingPeriod[];
  /** For an agency that also works Saturday mornings; none by default. */
  saturdayPeriods?: WorkingPeriod[];
  /** 'HH:MM' after which a same-day dossier moves to the next working day; default '15:00'. */
  cutoff?: string;
  /**
   * Per agency, off by default (provinces differ): a working-day procedure received at or after the
   * cut-off starts counting at the opening of the next working day.
   */
  cutoffStartsNextDay?: boolean;
}
