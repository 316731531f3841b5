import { randomBytes } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { dataKeyProblems } from './data-encryption-keys.js';
import { EnvironmentVariables } from './environment-variables.js';

/** Raised when the environment cannot run the service; one line per problem, each naming its variable. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

export interface ValidatedEnvironment {
  variables: EnvironmentVariables;
  /** Non-fatal notices for the log, such as a generated development secret. */
  warnings: string[];
}

const MIN_PRODUCTION_SECRET_BYTES = 32;
const MIN_PRODUCTION_ADMIN_KEY_CHARS = 32;

function describe(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  const shown = error.value === undefined ? 'missing' : JSON.stringify(String(error.value));
  return messages.map((message) =>
    message.startsWith(error.property) ? `${message} (got ${shown})` : `${error.property}: ${message} (got ${shown})`,
  );
}

/**
 * Validates the raw environment and applies the production rules that no single field can
 * express: production never runs on the embedded database or on a guessable secret.
 */
export function validateEnvironment(raw: Record<string, string | undefined>): ValidatedEnvironment {
  const variables = plainToInstance(EnvironmentVariables, stripUndefined(raw), { enableImplicitConversion: false });
  const problems = validateSync(variables, { whitelist: false, forbidUnknownValues: true }).flatMap(describe);
  const warnings: string[] = [];
  const production = variables.NODE_ENV === 'production';

  if (production && !variables.MONGODB_URI) {
    problems.push('MONGODB_URI is required when NODE_ENV=production (the embedded database is for development only)');
  }
  if (production && Buffer.byteLength(variables.JWT_SECRET ?? '', 'utf8') < MIN_PRODUCTION_SECRET_BYTES) {
    problems.push(`JWT_SECRET must be at least ${MIN_PRODUCTION_SECRET_BYTES} bytes when NODE_ENV=production`);
  }
  if (production && variables.AUTH_PATIENT_ID_ONLY) {
    problems.push(
      'AUTH_PATIENT_ID_ONLY=true is not allowed when NODE_ENV=production (sign-in without a password is a demo mode)',
    );
  }
  if (production && variables.DEMO_DATA) {
    problems.push('DEMO_DATA=true is not allowed when NODE_ENV=production (it imports synthetic demo patients)');
  }
  if (
    production &&
    variables.ADMIN_API_KEY !== undefined &&
    variables.ADMIN_API_KEY.length < MIN_PRODUCTION_ADMIN_KEY_CHARS
  ) {
    problems.push(
      `ADMIN_API_KEY must be at least ${MIN_PRODUCTION_ADMIN_KEY_CHARS} characters when NODE_ENV=production`,
    );
  }
  problems.push(...dataKeyProblems(variables.DATA_ENCRYPTION_KEY, variables.DATA_ENCRYPTION_PREVIOUS_KEYS));
  if (production && variables.DATA_ENCRYPTION_KEY === undefined && !variables.ALLOW_PLAINTEXT_PHI) {
    problems.push(
      'DATA_ENCRYPTION_KEY is required when NODE_ENV=production (health data is encrypted at rest); set ALLOW_PLAINTEXT_PHI=true to store it in plaintext deliberately',
    );
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);

  if (!variables.JWT_SECRET) {
    variables.JWT_SECRET = randomBytes(48).toString('base64url');
    warnings.push(
      'JWT_SECRET is not set: generated a random secret for this process; tokens will not survive a restart',
    );
  }
  return { variables, warnings };
}

function stripUndefined(raw: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (value !== undefined) out[key] = value;
  return out;
}
