/**
 * Paths pino censors wherever they appear in a log object. Health data and credentials never
 * reach the log: authorization headers, tokens, passwords, secrets and anything a patient wrote.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'password',
  '*.password',
  'password_hash',
  '*.password_hash',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'secret',
  '*.secret',
  'api_key',
  '*.api_key',
  'message_text',
  '*.message_text',
  'patient_message',
  '*.patient_message',
  'transcript',
  '*.transcript',
];
