import { describe, expect, it } from '@jest/globals';
import type { AuditEventInput, AuditTrail } from '../../audit/index.js';
import { AuthAuditLog } from './auth-audit-log.js';

function logWithTrail(): { log: AuthAuditLog; stored: AuditEventInput[] } {
  const stored: AuditEventInput[] = [];
  const trail = { record: async (event: AuditEventInput) => void stored.push(event) } as unknown as AuditTrail;
  return { log: new AuthAuditLog(trail), stored };
}

const PATIENT = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';

describe('AuthAuditLog', () => {
  it('stores a successful sign-in as the patient acting on their own account', async () => {
    const { log, stored } = logWithTrail();
    await log.record({
      event: 'auth.login.succeeded',
      outcome: 'success',
      patient_id: PATIENT,
      session_id: 's-1',
      reason: 'password',
      client_ip: '203.0.113.7',
    });
    expect(stored).toEqual([
      {
        action: 'auth.login.succeeded',
        outcome: 'success',
        actor: { role: 'patient', patient_id: PATIENT, session_id: 's-1' },
        patient_id: PATIENT,
        details: { reason: 'password' },
        client_ip: '203.0.113.7',
      },
    ]);
  });

  it('stores a refused sign-in as anonymous, concerning the patient id it named', async () => {
    const { log, stored } = logWithTrail();
    await log.record({
      event: 'auth.login.blocked',
      outcome: 'blocked',
      patient_id: PATIENT,
      reason: 'too_many_failures',
      client_ip: '198.51.100.1',
    });
    expect(stored[0]).toMatchObject({ actor: { role: 'anonymous' }, patient_id: PATIENT, outcome: 'blocked' });
  });

  it('stores guests as guests and admin actions with how the admin acted', async () => {
    const { log, stored } = logWithTrail();
    await log.record({ event: 'auth.guest.started', outcome: 'success', patient_id: null, session_id: 'g-1' });
    await log.record({ event: 'admin.patient.password_set', outcome: 'success', patient_id: PATIENT, actor: 'cli' });
    expect(stored[0]).toMatchObject({
      actor: { role: 'guest', patient_id: null, session_id: 'g-1' },
      patient_id: null,
    });
    expect(stored[1]).toMatchObject({ actor: { role: 'admin', via: 'cli' }, patient_id: PATIENT });
  });
});
