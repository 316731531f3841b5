/**
 * Seconds a client is told to wait (Retry-After) when MongoDB cannot be reached: long enough for the
 * driver's server selection to find a restarted or re-elected server, short enough for a patient waiting.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 10;
