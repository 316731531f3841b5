import { HttpStatus, Injectable } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception.js';
import { beforeAuditCursor, encodeAuditCursor } from './audit-cursor.js';
import { completeActor } from './audit-event.js';
import { AuditTrail } from './audit-trail.js';
import type { AuditPageDto } from './dto/audit-page.dto.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

/** GET /api/admin/audit: a page of events, newest first; reading the trail is itself audited. */
@Injectable()
export class AuditService {
  constructor(private readonly trail: AuditTrail) {}

  async page(query: AuditQueryDto): Promise<AuditPageDto> {
    const before = beforeAuditCursor(query.before);
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from >= to) throw invalid('to', 'to must be later than from');

    const found = await this.trail.search({
      patientId: query.patient_id,
      action: query.action,
      outcome: query.outcome,
      from,
      to,
      before,
      limit: query.limit,
    });
    const page = found.slice(0, query.limit);
    const last = page.at(-1);
    await this.trail.record({
      action: 'admin.audit.read',
      outcome: 'success',
      actor: { role: 'admin', via: 'admin-api-key' },
      patient_id: query.patient_id ?? null,
      details: { events_returned: page.length, action: query.action ?? null, outcome: query.outcome ?? null },
    });
    return {
      events: page.map((event) => ({
        event_id: event._id.toHexString(),
        at: event.at.toISOString(),
        action: event.action,
        outcome: event.outcome,
        actor: completeActor(event.actor),
        patient_id: event.patient_id,
        request_id: event.request_id,
        client_ip: event.client_ip,
        targets: event.targets ?? {},
        details: event.details ?? {},
      })),
      next_cursor: found.length > query.limit && last ? encodeAuditCursor({ at: last.at, id: last._id }) : null,
    };
  }
}

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, `The request is invalid: check ${field}.`, {
    errors: [{ field, message }],
  });
}
