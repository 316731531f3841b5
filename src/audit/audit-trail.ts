import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, QueryFilter } from 'mongoose';
import { RequestContext } from '../common/request-context/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { completeActor, type AuditAction, type AuditEventInput, type AuditOutcome } from './audit-event.js';
import type { AuditCursor } from './audit-cursor.js';
import { AUDIT_EVENT_MODEL, type AuditEvent, type StoredAuditEvent } from './schemas/audit-event.schema.js';

const DAY_MS = 86_400_000;

export interface AuditSearch {
  patientId?: string;
  action?: AuditAction;
  outcome?: AuditOutcome;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  before?: AuditCursor;
  limit: number;
}

/**
 * The audit trail (`audit_events`): sign-ins, record retrievals, uploads, deletions, purges and
 * admin actions, each with who, what, when, the request id and the outcome. Every event is also
 * a log line. A failed write is logged as an error with the event and does not fail the action
 * it records: the patient's request has already happened by then.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger('Audit');
  private readonly retentionMs: number;

  constructor(
    @InjectModel(AUDIT_EVENT_MODEL) private readonly events: Model<AuditEvent>,
    config: AppConfig,
  ) {
    this.retentionMs = config.env.AUDIT_RETENTION_DAYS * DAY_MS;
  }

  /** `logged`: the caller has written its own log line for the event (the auth events' format). */
  async record(input: AuditEventInput, options: { logged?: boolean } = {}): Promise<void> {
    const at = new Date();
    const event: AuditEvent = {
      at,
      action: input.action,
      outcome: input.outcome,
      actor: completeActor(input.actor),
      patient_id: input.patient_id,
      request_id: RequestContext.current()?.requestId ?? null,
      client_ip: input.client_ip ?? null,
      targets: input.targets ?? {},
      details: input.details ?? {},
      expires_at: new Date(at.getTime() + this.retentionMs),
    };
    const line = {
      msg: event.action,
      audit: true,
      outcome: event.outcome,
      actor: event.actor,
      patient_id: event.patient_id,
      targets: event.targets,
      details: event.details,
      client_ip: event.client_ip ?? undefined,
    };
    if (!options.logged) {
      if (event.outcome === 'success') this.logger.log(line);
      else this.logger.warn(line);
    }
    try {
      await this.events.create(event);
    } catch (error) {
      this.logger.error({ ...line, msg: `Audit event could not be stored: ${event.action}`, err: error });
    }
  }

  /** Newest first; `limit + 1` are read so the caller knows whether there is another page. */
  search(query: AuditSearch): Promise<StoredAuditEvent[]> {
    const filter: QueryFilter<AuditEvent> = {};
    if (query.patientId !== undefined) filter.patient_id = { $eq: query.patientId };
    if (query.action !== undefined) filter.action = { $eq: query.action };
    if (query.outcome !== undefined) filter.outcome = { $eq: query.outcome };
    if (query.from !== undefined || query.to !== undefined) {
      filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    }
    if (query.before) {
      filter.$or = [{ at: { $lt: query.before.at } }, { at: query.before.at, _id: { $lt: query.before.id } }];
    }
    return this.events
      .find(filter, { expires_at: 0 })
      .sort({ at: -1, _id: -1 })
      .limit(query.limit + 1)
      .lean<StoredAuditEvent[]>()
      .exec();
  }
}
