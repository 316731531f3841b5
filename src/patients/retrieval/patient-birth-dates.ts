import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { birthDateContext } from '../../common/encryption/birth-date-context.js';
import { FieldCipher } from '../../common/encryption/field-cipher.js';

/** The accounts' collection (the auth feature's `Patient` schema), where an import keeps the birth date. */
const ACCOUNTS_COLLECTION = 'patients';

/**
 * The patient's birth date, for questions dated by age ("the year I turned 40"). Read from the
 * accounts' collection by name: the auth feature imports this one (the FHIR import), so this
 * one cannot import it back. One lean read of one field, only when a question names an age.
 */
@Injectable()
export class PatientBirthDates {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly cipher: FieldCipher,
  ) {}

  /** As the account keeps it ("1980-05-17", "1980-05" or "1980"); undefined when unknown. */
  async of(patientId: string): Promise<string | undefined> {
    const account = await this.connection
      .collection(ACCOUNTS_COLLECTION)
      .findOne({ patient_id: { $eq: patientId } }, { projection: { _id: 0, birth_date: 1 } });
    const birthDate: unknown = account?.birth_date;
    // Sealed by the account (birthDateContext), like the records' narratives.
    return typeof birthDate === 'string' ? this.cipher.decrypt(birthDate, birthDateContext(patientId)) : undefined;
  }
}
