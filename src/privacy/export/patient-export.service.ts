import { Readable } from 'node:stream';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail, callerActor } from '../../audit/index.js';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { patientOf } from '../erasure/account-erasure.service.js';
import { fhirExport } from './fhir-export.js';
import { jsonExport } from './json-export.js';
import { PatientDataSources } from './patient-data-sources.js';

export type ExportFormat = 'json' | 'fhir';

export interface PatientExport {
  body: Readable;
  contentType: string;
  filename: string;
}

/** GET /api/me/export: the caller's data as a stream, audited before the first byte. */
@Injectable()
export class PatientExportService {
  constructor(
    private readonly sources: PatientDataSources,
    private readonly audit: AuditTrail,
  ) {}

  async export(principal: AuthenticatedPrincipal, format: ExportFormat): Promise<PatientExport> {
    const patientId = patientOf(principal);
    const data = await this.sources.open(patientId);
    if (!data) throw new ProblemException(HttpStatus.NOT_FOUND, 'There is no account for this patient any more.');
    await this.audit.record({
      action: 'privacy.exported',
      outcome: 'success',
      actor: callerActor(principal),
      patient_id: patientId,
      details: { format },
    });
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    return format === 'fhir'
      ? {
          body: Readable.from(fhirExport(data, now)),
          contentType: 'application/fhir+json',
          filename: `medchat-export-${day}.fhir.json`,
        }
      : {
          body: Readable.from(jsonExport(data, now)),
          contentType: 'application/json',
          filename: `medchat-export-${day}.json`,
        };
  }
}
