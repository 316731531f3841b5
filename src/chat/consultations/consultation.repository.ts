import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, QueryFilter } from 'mongoose';
import { FieldCipher } from '../../common/encryption/field-cipher.js';
import { isDuplicateKey } from '../../common/mongo/duplicate-key.js';
import type { HistoryCursor } from '../history-cursor.js';
import { CONSULTATION_MODEL, type Consultation, type StoredConsultation } from '../schemas/consultation.schema.js';

/** The title's ciphertext is bound to its field and patient, as the message's is. */
const titleContext = (patientId: string) => `consultations.title:${patientId}`;

/** The `consultations` collection; titles are encrypted here on the way in and decrypted on the way out. */
@Injectable()
export class ConsultationRepository {
  constructor(
    @InjectModel(CONSULTATION_MODEL) private readonly model: Model<Consultation>,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Called with every stored patient message: the first one of a session creates the
   * consultation with its title; later ones change nothing ($setOnInsert).
   */
  async noteMessage(sessionId: string, patientId: string, title: string, at: Date): Promise<void> {
    try {
      await this.model
        .updateOne(
          { session_id: { $eq: sessionId } },
          {
            $setOnInsert: {
              session_id: sessionId,
              patient_id: patientId,
              title: this.cipher.encrypt(title, titleContext(patientId)),
              started_at: at,
            },
          },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      // Two first messages at once: the other one created it, which is all that was needed.
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async find(sessionId: string, patientId: string): Promise<StoredConsultation | null> {
    const found = await this.model
      .findOne({ session_id: { $eq: sessionId }, patient_id: { $eq: patientId } })
      .lean<StoredConsultation>()
      .exec();
    return found ? this.open(found) : null;
  }

  /** Up to `limit` of the patient's consultations begun before `before`, newest first. */
  async findPage(patientId: string, limit: number, before?: HistoryCursor): Promise<StoredConsultation[]> {
    const filter: QueryFilter<Consultation> = { patient_id: { $eq: patientId } };
    if (before) {
      filter.$or = [
        { started_at: { $lt: before.createdAt } },
        { started_at: before.createdAt, _id: { $lt: before.id } },
      ];
    }
    const page = await this.model
      .find(filter)
      .sort({ started_at: -1, _id: -1 })
      .limit(limit)
      .lean<StoredConsultation[]>()
      .exec();
    return page.map((consultation) => this.open(consultation));
  }

  /** The renamed consultation, or null when the patient has none with that id. */
  async rename(sessionId: string, patientId: string, title: string): Promise<StoredConsultation | null> {
    const updated = await this.model
      .findOneAndUpdate(
        { session_id: { $eq: sessionId }, patient_id: { $eq: patientId } },
        { $set: { title: this.cipher.encrypt(title, titleContext(patientId)) } },
        { returnDocument: 'after' },
      )
      .lean<StoredConsultation>()
      .exec();
    return updated ? this.open(updated) : null;
  }

  async delete(sessionId: string, patientId: string | null): Promise<boolean> {
    if (patientId === null) return false;
    const result = await this.model
      .deleteOne({ session_id: { $eq: sessionId }, patient_id: { $eq: patientId } })
      .exec();
    return result.deletedCount > 0;
  }

  /** Erasure (the privacy module): every consultation of the patient. */
  async deleteByPatient(patientId: string): Promise<number> {
    return (await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
  }

  private open(consultation: StoredConsultation): StoredConsultation {
    return { ...consultation, title: this.cipher.decrypt(consultation.title, titleContext(consultation.patient_id)) };
  }
}
