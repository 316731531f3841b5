import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

/**
 * Collections of patient data whose owning code is being written alongside this feature and
 * does not yet expose a deletion through its module's public index: answer feedback
 * (`feedback`) and the consultation list with its titles (`consultations`), both keyed by
 * `patient_id`. Erasure removes them here, through this one small port; once their owners
 * export a deleteByPatient, bind those instead and drop the collection from this list.
 */
export const UNEXPORTED_PATIENT_COLLECTIONS = { feedback: 'feedback', consultations: 'consultations' } as const;
export type UnexportedPatientData = keyof typeof UNEXPORTED_PATIENT_COLLECTIONS;

export abstract class PatientDocumentsEraser {
  abstract deleteByPatient(kind: UnexportedPatientData, patientId: string): Promise<number>;
}

@Injectable()
export class MongoPatientDocumentsEraser extends PatientDocumentsEraser {
  constructor(@InjectConnection() private readonly connection: Connection) {
    super();
  }

  async deleteByPatient(kind: UnexportedPatientData, patientId: string): Promise<number> {
    const result = await this.connection.collection(UNEXPORTED_PATIENT_COLLECTIONS[kind]).deleteMany({ patient_id: { $eq: patientId } });
    return result.deletedCount;
  }
}
