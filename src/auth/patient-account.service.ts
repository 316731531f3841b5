import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PasswordHasher } from './password-hasher.js';
import { birthDateContext } from '../common/encryption/birth-date-context.js';
import { FieldCipher } from '../common/encryption/field-cipher.js';
import { displayNameFromPatientId } from '../common/patient-id.js';
import { Patient } from './schemas/patient.schema.js';
import { SessionService } from './session.service.js';

/** A patient account as other modules see it: never with its password hash. */
export interface PatientAccount {
  patient_id: string;
  display_name: string;
  /** As the imported Patient gave it ("1980-05-17", "1980-05" or "1980"); null when unknown. */
  birth_date: string | null;
  roles: string[];
  has_password: boolean;
  created_at: Date;
  updated_at: Date;
}

/** What an import knows about the person a bundle belongs to. */
export interface PatientAccountIdentity {
  patient_id: string;
  display_name: string;
  birth_date?: string;
}

type PatientWithHash = Patient & { password_hash: string | null };

/**
 * Patient accounts: lookup for sign-in, creation (demo flow and FHIR import) and passwords.
 * Filters use `$eq` so that no value, whatever slipped past validation, can act as an operator.
 */
@Injectable()
export class PatientAccountService {
  constructor(
    @InjectModel(Patient.name) private readonly patients: Model<Patient>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly cipher: FieldCipher,
  ) {}

  async find(patientId: string): Promise<PatientAccount | null> {
    const patient = await this.findWithHash(patientId);
    return patient ? toAccount(patient, this.cipher) : null;
  }

  /** The stored hash, for the sign-in check only. Undefined when there is no such account. */
  async passwordHashOf(patientId: string): Promise<{ password_hash: string | null } | undefined> {
    const patient = await this.findWithHash(patientId);
    return patient ? { password_hash: patient.password_hash ?? null } : undefined;
  }

  /** The demo flow's account: created without a password on first sign-in, or the existing one. */
  async findOrCreate(patientId: string): Promise<PatientAccount> {
    const patient = await this.patients
      .findOneAndUpdate(
        { patient_id: { $eq: patientId } },
        {
          $setOnInsert: {
            patient_id: patientId,
            display_name: displayNameFromPatientId(patientId),
            roles: ['patient'],
            password_hash: null,
          },
        },
        { upsert: true, returnDocument: 'after' },
      )
      .select('+password_hash')
      .lean<PatientWithHash>()
      .exec();
    return toAccount(patient, this.cipher);
  }

  /**
   * Creates the account named by an import, or refreshes its name and birth date as the bundle
   * now gives them (a birth date the bundle no longer has is removed); a password is kept as it is.
   */
  async upsertIdentity(identity: PatientAccountIdentity): Promise<{ created: boolean }> {
    const birthDate =
      identity.birth_date === undefined
        ? undefined
        : this.cipher.encrypt(identity.birth_date, birthDateContext(identity.patient_id));
    const result = await this.patients
      .updateOne(
        { patient_id: { $eq: identity.patient_id } },
        {
          $set: { display_name: identity.display_name, ...(birthDate === undefined ? {} : { birth_date: birthDate }) },
          ...(birthDate === undefined ? { $unset: { birth_date: '' } } : {}),
          $setOnInsert: { patient_id: identity.patient_id, roles: ['patient'], password_hash: null },
        },
        { upsert: true },
      )
      .exec();
    return { created: result.upsertedCount > 0 };
  }

  /**
   * Sets (or replaces) the password and ends the patient's open sessions, so whoever held the
   * old credentials is signed out. False when there is no such account.
   */
  async setPassword(patientId: string, password: string): Promise<boolean> {
    const passwordHash = await this.hasher.hash(password);
    const result = await this.patients
      .updateOne({ patient_id: { $eq: patientId } }, { $set: { password_hash: passwordHash } })
      .exec();
    if (result.matchedCount === 0) return false;
    await this.sessions.endAllForPatient(patientId);
    return true;
  }

  /** How many accounts exist, for the operator statistics. */
  count(): Promise<number> {
    return this.patients.countDocuments({}).exec();
  }

  private findWithHash(patientId: string): Promise<PatientWithHash | null> {
    return this.patients
      .findOne({ patient_id: { $eq: patientId } })
      .select('+password_hash')
      .lean<PatientWithHash>()
      .exec();
  }
}

function toAccount(patient: PatientWithHash, cipher: FieldCipher): PatientAccount {
  return {
    patient_id: patient.patient_id,
    display_name: patient.display_name,
    birth_date: patient.birth_date ? cipher.decrypt(patient.birth_date, birthDateContext(patient.patient_id)) : null,
    roles: patient.roles,
    has_password: Boolean(patient.password_hash),
    created_at: patient.created_at,
    updated_at: patient.updated_at,
  };
}
