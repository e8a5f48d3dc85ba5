import type { StaffUser } from '../auth';

export interface NewDossierEvent {
  dossierId: string;
  type: string;
  occurredAt: Date;
  actor: Pick<StaffUser, 'id' | 'fullName'> | { id: null; fullName: string };
  fromStatus?: number | null;
  toStatus?: number | null;
  data?: Record<string, unknown>;
}

export const SYSTEM_ACTOR = { id: null, fullName: 'Hệ thống' } as const;
