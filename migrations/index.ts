import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { WorkingCalendar1764000100000 } from './1764000100000-working-calendar';
import { Reports1764000300000 } from './1764000300000-reports';
import { LatenessAndNotifications1764000500000 } from './1764000500000-lateness-and-notifications';
import { SatisfactionSource1764000800000 } from './1764000800000-satisfaction-source';
import { DigitisedDossiers1765700000000 } from './1765700000000-digitised-dossiers';

/** Every migration, in order. Add new ones at the end. */
export const ALL_MIGRATIONS = [
  InitialSchema1764000000000,
  WorkingCalendar1764000100000,
  Reports1764000300000,
  LatenessAndNotifications1764000500000,
  SatisfactionSource1764000800000,
  DigitisedDossiers1765700000000,
];
