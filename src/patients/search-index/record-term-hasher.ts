import { createHmac, hkdfSync } from 'node:crypto';
import type { DataEncryptionKey } from '../../config/data-encryption-keys.js';

/**
 * How the stored terms are derived: the tokeniser and stemmer of `search-terms.ts` plus this
 * hashing. Raise it when either changes: every patient's terms are then derived again, lazily,
 * the first time one of their records is imported or asked about.
 */
const TERMS_FORMAT = 5; // 2: each record's `lexicon` key (see RecordLexicon); 3: record groups kept per patient; 4: a name told apart by one letter or number joined to it ('hepatitisb', lettered-terms.ts); 5: a code's letters after its count ('1HRZE' → 'hrze', search-terms.ts)

/** Characters of base64url kept of each HMAC: 96 bits, so no two terms of one patient collide in practice. */
const HASH_CHARS = 16;

/**
 * Turns a record's search terms into the keys stored beside it (`terms`, `wording`): an
 * HMAC-SHA256 bound to the patient, with a key derived (HKDF) from DATA_ENCRYPTION_KEY, so the
 * database holds no readable medical word and the same word has different keys for two
 * patients. Without DATA_ENCRYPTION_KEY the narratives themselves are stored in clear; the terms
 * are hashed all the same with a fixed key (one code path), which then protects nothing.
 *
 * `version` names the derivation and the key; a stored record or statistic of another version is
 * derived again (see RecordSearchIndex), e.g. after the data-encryption key is replaced.
 */
export class RecordTermHasher {
  readonly version: string;
  private readonly key: Buffer;

  constructor(dataKey: DataEncryptionKey | undefined) {
    const secret = dataKey?.key ?? Buffer.alloc(32);
    this.key = Buffer.from(hkdfSync('sha256', secret, 'medchat', 'patient_records.terms', 32));
    this.version = `${TERMS_FORMAT}:${dataKey?.id ?? 'plain'}`;
  }

  hash(patientId: string, term: string): string {
    return createHmac('sha256', this.key).update(`${patientId}\u0000${term}`).digest('base64url').slice(0, HASH_CHARS);
  }
}
