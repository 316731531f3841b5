import pino from 'pino';
import { ADMIN_PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/index.js';
import { isPatientId } from '../common/patient-id.js';
import { CliUsageError } from './cli-usage-error.js';
import { readSecretLine } from './read-secret.js';

/** `patients:set-password <patient_id>`: the password comes from stdin, never from the command line. */
export async function setPasswordCommand(args: string[], env: Record<string, string | undefined>): Promise<string> {
  const [patientId, ...extra] = args;
  if (patientId === undefined || extra.length > 0)
    throw new CliUsageError('patients:set-password takes exactly one argument, the patient id.');
  if (!isPatientId(patientId)) throw new CliUsageError('The patient id must have the form Given###_Family###_<uuid>.');
  if (!env.MONGODB_URI) {
    throw new CliUsageError(
      "Set MONGODB_URI to the service's database: an embedded database lives only inside the server process.",
    );
  }

  const password = await readSecretLine(`New password for ${patientId}: `);
  if (password.length < PASSWORD_MIN_LENGTH || password.length > ADMIN_PASSWORD_MAX_LENGTH) {
    throw new CliUsageError(
      `The password must be ${PASSWORD_MIN_LENGTH} to ${ADMIN_PASSWORD_MAX_LENGTH} characters long.`,
    );
  }

  // The application context starts only once the input is valid, so a usage error answers at once.
  const [{ createAppContext }, { AdminPatientsService }] = await Promise.all([
    import('../bootstrap/create-app-context.js'),
    import('../auth/index.js'),
  ]);
  // Logs (the audit event among them) go to stderr: stdout carries only the command's answer.
  const app = await createAppContext({ env, logDestination: pino.destination({ dest: 2, sync: true }) });
  try {
    await app.context.get(AdminPatientsService).setPassword(patientId, password, 'cli');
  } finally {
    await app.close();
  }
  return `Password set for ${patientId}; the patient's open sessions have been ended.`;
}
