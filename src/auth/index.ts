// The auth feature's public entry (see .dependency-cruiser.cjs): its modules and global guards,
// who the caller is, the live-session check, and what the operator tools call.
export { AuthModule } from './auth.module.js';
export { AdminModule } from './admin/admin.module.js';
export { AdminPatientsService, type PatientImportResult } from './admin/admin-patients.service.js';
export { ADMIN_PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SetPasswordDto } from './admin/dto/set-password.dto.js';
export { AccessTokenGuard } from './guards/access-token.guard.js';
export { JwtAuthenticator } from './jwt-authenticator.js';
export { RolesGuard } from './guards/roles.guard.js';
export { ROLES, type AuthenticatedPrincipal, type Role } from './authenticated-principal.js';
export { CurrentPrincipal } from './current-principal.decorator.js';
export { SessionService, type LiveSession, type SessionCheck } from './session.service.js';
export { PatientAccountService, type PatientAccount } from './patient-account.service.js';
export { unauthorizedProblem } from './unauthorized.problem.js';
export { AccountClosureService, type AccountDataErased, type PasswordConfirmation } from './account-closure.service.js';
export { PatientIdParamDto } from './admin/dto/patient-id-param.dto.js';
