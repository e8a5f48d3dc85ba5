import { hasRole, StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';

/**
 * When an action happened: now, or (administrators entering paper records) a given past instant,
 * never in the future and never before `notBefore` (e.g. the receipt).
 */
export function eventInstant(args: { requested?: string; field: string; user: StaffUser; now: Date; notBefore: Date }): Date {
  if (args.requested === undefined) return args.now;
  if (!hasRole(args.user, 'admin')) throw DomainError.forbidden(`Only an administrator may set ${args.field}`);
  const at = new Date(args.requested);
  if (at > args.now) throw DomainError.invalid(args.field, 'must not be in the future');
  if (at < args.notBefore) throw DomainError.invalid(args.field, 'must not be before the dossier was received');
  return at;
}
