import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/index.js';
import { AppConfig } from '../config/app-config.js';
import { AccountClosureService } from './account-closure.service.js';
import { AdminApiKey } from './admin/admin-api-key.js';
import { AuthAuditLog } from './audit/auth-audit-log.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AccessTokenGuard } from './guards/access-token.guard.js';
import { RolesGuard } from './guards/roles.guard.js';
import { JwtAuthenticator } from './jwt-authenticator.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginFailureService } from './login-failures/login-failure.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PatientAccountService } from './patient-account.service.js';
import { LoginFailure, LoginFailureSchema } from './schemas/login-failure.schema.js';
import { Patient, PatientSchema } from './schemas/patient.schema.js';
import { Session, SessionSchema } from './schemas/session.schema.js';
import { SessionService } from './session.service.js';
import { ACCESS_TOKEN_ALGORITHM, TokenService } from './token.service.js';
import { EncryptionModule } from '../common/encryption/encryption.module.js';

/**
 * Patient accounts, sessions, sign-in and the guards. AppModule registers AccessTokenGuard and
 * RolesGuard globally (before the rate limiter); other modules use SessionService and @Roles().
 */
@Module({
  imports: [
    AuditModule,
    EncryptionModule,
    MongooseModule.forFeature([
      { name: Patient.name, schema: PatientSchema },
      { name: Session.name, schema: SessionSchema },
      { name: LoginFailure.name, schema: LoginFailureSchema },
    ]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthAuditLog,
    PatientAccountService,
    AccountClosureService,
    PasswordHasher,
    SessionService,
    TokenService,
    LoginFailureService,
    JwtStrategy,
    JwtAuthenticator,
    AccessTokenGuard,
    RolesGuard,
    {
      provide: AdminApiKey,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new AdminApiKey(config.env.ADMIN_API_KEY),
    },
  ],
  exports: [
    SessionService,
    PatientAccountService,
    AccountClosureService,
    AuthAuditLog,
    AdminApiKey,
    AccessTokenGuard,
    RolesGuard,
    JwtAuthenticator,
  ],
})
export class AuthModule {}
