import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { WorkingCalendar1764000100000 } from './1764000100000-working-calendar';
import { Reports1764000300000 } from './1764000300000-reports';
import { LatenessAndNotifications1764000500000 } from './1764000500000-lateness-and-notifications';
import { SatisfactionSource1764000800000 } from './1764000800000-satisfaction-source';
import { LegalFidelity1765300000000 } from './1765300000000-legal-fidelity';
import { ResolvingAuthorities1765400000000 } from './1765400000000-resolving-authorities';
import { DocumentNumbers1765400100000 } from './1765400100000-document-numbers';
import { LoginThrottle1765600000000 } from './1765600000000-login-throttle';
import { StaffAccounts1765600100000 } from './1765600100000-staff-accounts';
import { DvcqgOutbox1765500000000 } from './1765500000000-dvcqg-outbox';
import { DigitisedDossiers1765700000000 } from './1765700000000-digitised-dossiers';
import { ReportMonthlyCounts1765800000000 } from './1765800000000-report-monthly-counts';
import { HashedTrackingTokens1765800200000 } from './1765800200000-hashed-tracking-tokens';
import { SharedDataChecks1765800300000 } from './1765800300000-shared-data-checks';
import { DossierChangeNotify1765810000000 } from './1765810000000-dossier-change-notify';
import { StoredFileChunks1765820000000 } from './1765820000000-stored-file-chunks';
import { ReferenceChangeNotify1765830000000 } from './1765830000000-reference-change-notify';
import { StoredFileChunkKeysInline1765840000000 } from './1765840000000-stored-file-chunk-keys-inline';

/** Every migration, in order. Add new ones at the end. */
export const ALL_MIGRATIONS = [
  InitialSchema1764000000000,
  WorkingCalendar1764000100000,
  Reports1764000300000,
  LatenessAndNotifications1764000500000,
  SatisfactionSource1764000800000,
  LegalFidelity1765300000000,
  ResolvingAuthorities1765400000000,
  DocumentNumbers1765400100000,
  LoginThrottle1765600000000,
  StaffAccounts1765600100000,
  DvcqgOutbox1765500000000,
  DigitisedDossiers1765700000000,
  ReportMonthlyCounts1765800000000,
  HashedTrackingTokens1765800200000,
  SharedDataChecks1765800300000,
  DossierChangeNotify1765810000000,
  StoredFileChunks1765820000000,
  ReferenceChangeNotify1765830000000,
  StoredFileChunkKeysInline1765840000000,
];
