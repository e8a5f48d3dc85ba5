import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from './user.entity';
import type { StaffUser } from './staff-user';

export const IS_PUBLIC = 'motcua:isPublic';
export const REQUIRED_ROLES = 'motcua:roles';

/** No bearer token needed (login, health, the citizen's pages). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): StaffUser => {
  return context.switchToHttp().getRequest().user;
});
