import type { Role } from './user.entity';

/** The authenticated caller of a staff endpoint, with the agencies whose dossiers it may see. */
export interface StaffUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  agencyCode: string;
  unitName: string;
  /** Own agency, plus the communes under it for a province-level user. */
  visibleAgencyCodes: string[];
}

export function hasRole(user: StaffUser, ...roles: Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
