import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../common/encryption/field-cipher.js';
import type { PatientRecord } from './schemas/patient-record.schema.js';
import { lexiconOf, type RecordLexicon } from './search-index/record-lexicon.js';
import { RecordTermHasher } from './search-index/record-term-hasher.js';

/**
 * A record between its plaintext and its stored form: on the way in, its search terms are
 * derived (hashed, see RecordTermHasher) and its narratives and code names encrypted when
 * DATA_ENCRYPTION_KEY is set, each bound to its patient; on the way out, decrypted. Patient,
 * type, date and code values stay in clear for the database's filters and idempotent imports.
 */
@Injectable()
export class PatientRecordSealer {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly hasher: RecordTermHasher,
  ) {}

  /** Version of the derived terms `seal` writes. */
  get termsVersion(): string {
    return this.hasher.version;
  }

  /** A record's search terms, derived from its plaintext. */
  lexicon(record: { text: string; note_text?: string | null }, patientId: string): RecordLexicon {
    return lexiconOf(record, patientId, this.hasher);
  }

  /**
   * A record as stored: its derived search terms beside it (from the plaintext, so always
   * current), the narratives and code names encrypted when a key is set.
   */
  seal<T extends Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>(record: T, patientId: string): Sealed<T> {
    return this.sealWith(record, patientId, this.hasher);
  }

  private sealWith<T extends Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>(
    record: T,
    patientId: string,
    hasher: TermKeys,
  ): Sealed<T> {
    const derived = { ...lexiconOf(record, patientId, hasher), terms_version: this.hasher.version };
    if (!this.cipher.enabled) return { ...record, ...derived };
    return {
      ...record,
      ...derived,
      text: this.cipher.encrypt(record.text, recordContext('text', patientId)),
      note_text: this.cipher.encryptOptional(record.note_text, recordContext('note_text', patientId)),
      codes: record.codes?.map((code) => ({
        ...code,
        display: this.cipher.encryptOptional(code.display, recordContext('codes.display', patientId)),
      })),
    };
  }

  /**
   * `seal` for many records of one patient (an import's): each distinct term's key is derived
   * once, not once per record that holds it (a long record repeats its words across thousands
   * of records; the HMACs were most of sealing).
   */
  sealerFor(
    patientId: string,
  ): <T extends Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>(record: T) => Sealed<T> {
    const hasher = new RememberingTermHasher(this.hasher);
    return (record) => this.sealWith(record, patientId, hasher);
  }

  open<T extends Partial<Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>>(record: T, patientId: string): T {
    return {
      ...record,
      ...(record.text === undefined
        ? {}
        : { text: this.cipher.decrypt(record.text, recordContext('text', patientId)) }),
      ...(record.note_text === undefined
        ? {}
        : { note_text: this.cipher.decryptOptional(record.note_text, recordContext('note_text', patientId)) }),
      ...(record.codes === undefined
        ? {}
        : {
            codes: record.codes.map((code) => ({
              ...code,
              display: this.cipher.decryptOptional(code.display, recordContext('codes.display', patientId)),
            })),
          }),
    };
  }
}

type Sealed<T> = T & RecordLexicon & { terms_version: string };

type TermKeys = Pick<RecordTermHasher, 'hash'>;

/** A hasher that remembers the keys it derived: the same term of the same patient has one key. */
class RememberingTermHasher implements TermKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly hasher: RecordTermHasher) {}

  hash(patientId: string, term: string): string {
    const input = `${patientId}\u0000${term}`;
    let key = this.keys.get(input);
    if (key === undefined) {
      key = this.hasher.hash(patientId, term);
      this.keys.set(input, key);
    }
    return key;
  }
}

function recordContext(field: string, patientId: string): string {
  return `patient_records.${field}:${patientId}`;
}
