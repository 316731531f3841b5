import { Injectable, Logger } from '@nestjs/common';
import type { AuthAuditEvent } from './auth-audit-event.js';

/**
 * Writes auth and admin audit events as structured log lines (the logger adds the request id).
 * Services depend on this class, not on the log, so a persistent store can be added by
 * extending `record` without touching them.
 */
@Injectable()
export class AuthAuditLog {
  private readonly logger = new Logger('AuthAudit');

  async record(event: AuthAuditEvent): Promise<void> {
    const line = { msg: event.event, ...event };
    if (event.outcome === 'success') this.logger.log(line);
    else this.logger.warn(line);
  }
}
