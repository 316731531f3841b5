import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PasswordHasher } from './password-hasher.js';
import { LoginFailure } from './schemas/login-failure.schema.js';
import { Patient } from './schemas/patient.schema.js';
import { Session } from './schemas/session.schema.js';

/** What auth removed of a patient: the account, its sessions and its sign-in counters. */
export interface AccountDataErased {
  account: number;
  sessions: number;
  login_failures: number;
}

export type PasswordConfirmation = 'confirmed' | 'no_password' | 'missing' | 'wrong' | 'no_account';

/**
 * Closing an account (the privacy feature's erasure): the password confirmation a patient gives
 * before it, and the removal of everything auth stores about the patient. Sessions are deleted,
 * not just ended: the guard reads the session on every request, so every access and refresh
 * token of the patient is refused from the next request on, on every instance.
 */
@Injectable()
export class AccountClosureService {
  constructor(
    @InjectModel(Patient.name) private readonly patients: Model<Patient>,
    @InjectModel(Session.name) private readonly sessions: Model<Session>,
    @InjectModel(LoginFailure.name) private readonly loginFailures: Model<LoginFailure>,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Checks the password an account has; an account without one needs none. */
  async confirmPassword(patientId: string, password: string | undefined): Promise<PasswordConfirmation> {
    const patient = await this.patients
      .findOne({ patient_id: { $eq: patientId } })
      .select('+password_hash')
      .lean<{ password_hash: string | null }>()
      .exec();
    if (!patient) return 'no_account';
    if (!patient.password_hash) return 'no_password';
    if (password === undefined || password === '') return 'missing';
    return (await this.hasher.verify(patient.password_hash, password)) ? 'confirmed' : 'wrong';
  }

  /** Idempotent: a second call finds nothing and removes nothing. */
  async deleteByPatient(patientId: string): Promise<AccountDataErased> {
    const sessions = (await this.sessions.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
    const loginFailures = (await this.loginFailures.deleteMany({ _id: { $eq: `patient:${patientId}` } }).exec())
      .deletedCount;
    const account = (await this.patients.deleteOne({ patient_id: { $eq: patientId } }).exec()).deletedCount;
    // A sign-in racing the erasure may have opened a session after the first sweep.
    const late = (await this.sessions.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
    return { account, sessions: sessions + late, login_failures: loginFailures };
  }
}
