import { HttpStatus, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { AuthAuditLog } from './audit/auth-audit-log.js';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { LoginFailureService } from './login-failures/login-failure.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PatientAccountService } from './patient-account.service.js';
import type { SessionRole } from './session-role.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';
import { unauthorizedProblem } from './unauthorized.problem.js';

export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  session_id: string;
  patient_id: string | null;
  expires_in: number;
}

type CredentialCheck = { ok: true; method: 'password' | 'patient_id_only' } | { ok: false; reason: string };

/** One answer for every refused sign-in, so it never tells which part was wrong or whether the account exists. */
const INVALID_CREDENTIALS = 'Invalid patient ID or password.';

/** Sign-in, guest sessions, token refresh and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: PatientAccountService,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly failures: LoginFailureService,
    private readonly audit: AuthAuditLog,
    private readonly config: AppConfig,
  ) {}

  async login(patientId: string, password: string | undefined, clientIp: string): Promise<TokenResponse> {
    const start = await this.failures.begin(clientIp, patientId);
    if (!start.allowed) {
      await this.audit.record({
        event: 'auth.login.blocked',
        outcome: 'blocked',
        patient_id: patientId,
        reason: start.reason,
        client_ip: clientIp,
      });
      const detail =
        start.reason === 'too_many_failures'
          ? `Too many failed sign-in attempts. Try again in ${start.retryAfterSeconds} seconds.`
          : `Too many sign-in attempts are being checked at once for this account or address. Try again in ${start.retryAfterSeconds} seconds.`;
      throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, detail, {
        headers: { 'retry-after': String(start.retryAfterSeconds) },
      });
    }

    let check: CredentialCheck;
    try {
      check = await this.checkCredentials(patientId, password === '' ? undefined : password);
    } catch (error) {
      // Broken off before a verdict (a database error): nothing was learnt, so nothing is counted.
      // Should the withdrawal fail too, the place's lease ends it.
      await this.failures.withdrawn(start.attempt).catch(() => undefined);
      throw error;
    }
    if (!check.ok) {
      await this.failures.failed(start.attempt);
      await this.audit.record({
        event: 'auth.login.failed',
        outcome: 'failure',
        patient_id: patientId,
        reason: check.reason,
        client_ip: clientIp,
      });
      throw unauthorizedProblem(INVALID_CREDENTIALS);
    }

    await this.failures.succeeded(start.attempt);
    const session = await this.sessions.start(patientId, 'patient');
    await this.audit.record({
      event: 'auth.login.succeeded',
      outcome: 'success',
      patient_id: patientId,
      session_id: session.session_id,
      reason: check.method,
      client_ip: clientIp,
    });
    return this.tokenResponse(session);
  }

  async startGuestSession(clientIp: string): Promise<TokenResponse> {
    const session = await this.sessions.start(null, 'guest');
    await this.audit.record({
      event: 'auth.guest.started',
      outcome: 'success',
      patient_id: null,
      session_id: session.session_id,
      client_ip: clientIp,
    });
    return this.tokenResponse(session);
  }

  /** A new token for the caller's session, which the guard has just found live. */
  async refresh(principal: AuthenticatedPrincipal): Promise<TokenResponse> {
    const session = sessionOf(principal);
    await this.audit.record({
      event: 'auth.token.refreshed',
      outcome: 'success',
      patient_id: session.patient_id,
      session_id: session.session_id,
    });
    return this.tokenResponse(session);
  }

  async logout(
    principal: AuthenticatedPrincipal,
    requestedSessionId: string | undefined,
  ): Promise<{ message: string }> {
    const session = sessionOf(principal);
    if (requestedSessionId !== undefined && requestedSessionId !== session.session_id) {
      // Another session is answered like a missing one: its existence is none of the caller's business.
      throw new ProblemException(HttpStatus.NOT_FOUND, 'No session with that id belongs to you.');
    }
    await this.sessions.end(session.session_id);
    await this.audit.record({
      event: 'auth.logout',
      outcome: 'success',
      patient_id: session.patient_id,
      session_id: session.session_id,
    });
    return { message: 'Logged out successfully' };
  }

  /**
   * An account with a password needs it. Without one (or without an account) only the demo mode
   * signs in, by patient id alone, creating the account on first use. Every path that is given
   * a password spends one argon2 verification, so timing does not reveal whether the id exists.
   */
  private async checkCredentials(patientId: string, password: string | undefined): Promise<CredentialCheck> {
    const account = await this.accounts.passwordHashOf(patientId);
    if (account?.password_hash) {
      if (password === undefined) return { ok: false, reason: 'password_required' };
      return (await this.hasher.verify(account.password_hash, password))
        ? { ok: true, method: 'password' }
        : { ok: false, reason: 'wrong_password' };
    }
    if (this.config.env.AUTH_PATIENT_ID_ONLY) {
      if (!account) await this.accounts.findOrCreate(patientId);
      return { ok: true, method: 'patient_id_only' };
    }
    if (password !== undefined) await this.hasher.verifyNothing(password);
    return { ok: false, reason: account ? 'no_password_set' : 'unknown_patient' };
  }

  private async tokenResponse(session: {
    session_id: string;
    patient_id: string | null;
    role: SessionRole;
  }): Promise<TokenResponse> {
    const token = await this.tokens.issue(session);
    return {
      access_token: token.access_token,
      token_type: 'bearer',
      session_id: session.session_id,
      patient_id: session.patient_id,
      expires_in: token.expires_in,
    };
  }
}

/** The session behind a patient or guest principal (routes using this are @Roles('patient', 'guest')). */
function sessionOf(principal: AuthenticatedPrincipal): {
  session_id: string;
  patient_id: string | null;
  role: SessionRole;
} {
  if (principal.sid === null || principal.role === 'admin') {
    throw new ProblemException(HttpStatus.FORBIDDEN, 'This route needs a patient or guest session.');
  }
  return { session_id: principal.sid, patient_id: principal.sub, role: principal.role };
}
