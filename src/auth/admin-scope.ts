import type { AgencyDirectory } from '../catalogue';
import { DomainError } from '../common/errors/domain-error';
import { hasRole, StaffUser } from './staff-user';

/**
 * Settings that bind every agency (the calendar of a year, the default PAR rubric) belong to a
 * province-level administrator; a commune's admin edits only its own agency's settings.
 */
export async function assertProvinceAdmin(user: StaffUser, agencies: AgencyDirectory, what: string): Promise<void> {
  const agency = await agencies.find(user.agencyCode);
  if (!hasRole(user, 'admin') || agency?.level !== 'province') {
    throw DomainError.forbidden(`${what} is a national setting: only a province-level administrator may change it`);
  }
}
