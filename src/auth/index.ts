/** The auth module's public surface: other modules import only from here (eslint boundaries). */
export { CurrentUser, Public, Roles } from './auth.decorators';
export { hasRole, type StaffUser } from './staff-user';
export { UserEntity } from './user.entity';
export { assertProvinceAdmin } from './admin-scope';
export { AuthService, type NewUser } from './auth.service';
export { verifyPassword } from './password-hasher';
export { UserRepository } from './user.repository';
