import { HttpStatus, Injectable } from '@nestjs/common';
import { AccountClosureService, type AuthenticatedPrincipal } from '../../auth/index.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import type { ErasureResultDto } from '../dto/erasure-result.dto.js';
import { PatientErasureService } from './patient-erasure.service.js';

/** `DELETE /api/me` and `DELETE /api/admin/patients/:id`: who may erase, then the erasure. */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly closure: AccountClosureService,
    private readonly erasure: PatientErasureService,
  ) {}

  /** The patient's own request, confirmed by the password when the account has one. */
  async eraseOwn(principal: AuthenticatedPrincipal, password: string | undefined): Promise<ErasureResultDto> {
    const patientId = patientOf(principal);
    const confirmation = await this.closure.confirmPassword(patientId, password);
    if (confirmation === 'missing' || confirmation === 'wrong') {
      // 403, not 401: the token is fine, and the SPA must not take this as being signed out.
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        confirmation === 'missing'
          ? 'Confirm the erasure with your password.'
          : 'The password is wrong; nothing was erased.',
      );
    }
    return this.erased(
      await this.erasure.erase(patientId, { role: 'patient', patient_id: patientId, session_id: principal.sid }),
    );
  }

  async eraseByAdmin(patientId: string): Promise<ErasureResultDto> {
    return this.erased(await this.erasure.erase(patientId, { role: 'admin', via: 'admin-api-key' }));
  }

  private erased(counts: Record<string, number>): ErasureResultDto {
    const count = (name: string) => counts[name] ?? 0;
    return {
      erased: {
        account: count('account'),
        sessions: count('sessions'),
        login_failures: count('login_failures'),
        conversations: count('conversations'),
        consultations: count('consultations'),
        uploads: count('uploads'),
        stored_files: count('stored_files'),
        patient_records: count('patient_records'),
        feedback: count('feedback'),
        token_usage: count('token_usage'),
      },
    };
  }
}

/** The /me routes are for patients; guests have no account to erase or export. */
export function patientOf(principal: AuthenticatedPrincipal): string {
  if (principal.role !== 'patient' || principal.sub === null) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'Only a signed-in patient has an account whose data can be exported or erased.',
    );
  }
  return principal.sub;
}
