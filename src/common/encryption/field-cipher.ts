import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import type { DataEncryptionKey } from '../../config/data-encryption-keys.js';
import { randomBytePool } from '../security/random-byte-pool.js';
import { OpenedValues } from './opened-values.js';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

/** Stored data that cannot be decrypted with the configured keys (or has been tampered with). */
export class UndecryptableFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecryptableFieldError';
  }
}

/**
 * Encrypts single fields of health data before they are stored: AES-256-GCM with a random
 * 12-byte IV per value. A value is stored as the string `enc:v1:<key id>:<base64url(iv ‖
 * ciphertext ‖ tag)>`, so it fits the fields' String type and says which key made it: old data
 * stays readable after the current key is replaced (the replaced key goes into the previous
 * keys). `context` (which field of whose data) is authenticated with the value, so a ciphertext
 * moved to another field or another patient's document fails to decrypt rather than being shown
 * there.
 *
 * Without a key the cipher stores plaintext (allowed outside production, or with
 * ALLOW_PLAINTEXT_PHI=true); values that were never encrypted are always read as they are.
 */
export class FieldCipher {
  /**
   * Key objects made once: given a Buffer, every createCipheriv/createDecipheriv would import the
   * key again (about a fifth of the cost of decrypting a short field; a history page decrypts 40).
   */
  private readonly keys: ReadonlyMap<string, KeyObject>;
  /** The key new values are encrypted with, and its id; undefined when encryption is off. */
  private readonly current: { id: string; key: KeyObject } | undefined;
  /** Values decrypted lately, opened again without a decipher (see OpenedValues). */
  private readonly opened: OpenedValues;

  constructor(
    current: DataEncryptionKey | undefined,
    previous: readonly DataEncryptionKey[] = [],
    opened: OpenedValues = new OpenedValues(),
  ) {
    this.opened = opened;
    this.current = current && { id: current.id, key: createSecretKey(current.key) };
    this.keys = new Map([
      ...previous.map((key): [string, KeyObject] => [key.id, createSecretKey(key.key)]),
      ...(this.current ? [[this.current.id, this.current.key] as [string, KeyObject]] : []),
    ]);
  }

  get enabled(): boolean {
    return this.current !== undefined;
  }

  /** Id of the key new values are encrypted with; undefined when encryption is off. */
  get currentKeyId(): string | undefined {
    return this.current?.id;
  }

  static isEncrypted(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(PREFIX);
  }

  /**
   * `readBackSoon`: the value is read back soon, so its plaintext is remembered as if it had been
   * opened (see OpenedValues). A chat exchange is: every turn reads the session's last answered
   * exchanges for the model's context, and the newest of them is the one the turn before sealed,
   * whose message and answer were otherwise decrypted again on the very next turn. Values written
   * in bulk (an imported record bundle) leave it out, so they do not push out what is read again.
   */
  encrypt(plaintext: string, context: string, { readBackSoon = false }: { readBackSoon?: boolean } = {}): string {
    if (!this.current) return plaintext;
    // From the process's pool rather than randomBytes(12), a native job of its own per value (see RandomBytePool).
    const iv = randomBytePool.fill(Buffer.allocUnsafe(IV_BYTES));
    const cipher = createCipheriv(ALGORITHM, this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    const stored = `${PREFIX}${this.current.id}:${body.toString('base64url')}`;
    if (readBackSoon) this.opened.remember(stored, context, plaintext);
    return stored;
  }

  decrypt(stored: string, context: string): string {
    if (!FieldCipher.isEncrypted(stored)) return stored;
    const remembered = this.opened.find(stored, context);
    if (remembered !== undefined) return remembered;
    const separator = stored.indexOf(':', PREFIX.length);
    const keyId = stored.slice(PREFIX.length, separator);
    const key = this.keys.get(keyId);
    if (separator < 0 || !key) {
      throw new UndecryptableFieldError(
        `A stored field is encrypted with key ${keyId || '(none)'}, which is neither DATA_ENCRYPTION_KEY nor one of DATA_ENCRYPTION_PREVIOUS_KEYS`,
      );
    }
    const body = Buffer.from(stored.slice(separator + 1), 'base64url');
    if (body.length < IV_BYTES + TAG_BYTES)
      throw new UndecryptableFieldError(`A stored field encrypted with key ${keyId} is truncated`);
    const decipher = createDecipheriv(ALGORITHM, key, body.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      // GCM is a stream mode: update() returns every plaintext byte and final() none (it checks
      // the tag), so the plaintext is decoded from update()'s buffer without a concatenated copy.
      const plaintext = decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES));
      decipher.final();
      const text = plaintext.toString('utf8');
      this.opened.remember(stored, context, text);
      return text;
    } catch {
      throw new UndecryptableFieldError(
        `A stored field encrypted with key ${keyId} failed authentication (altered, or moved from another field or patient)`,
      );
    }
  }

  /** For optional fields: null and undefined stay as they are. */
  encryptOptional<T extends string | null | undefined>(value: T, context: string): T | string {
    return typeof value === 'string' ? this.encrypt(value, context) : value;
  }

  decryptOptional<T extends string | null | undefined>(value: T, context: string): T | string {
    return typeof value === 'string' ? this.decrypt(value, context) : value;
  }

  /** A JSON value (image findings) as one encrypted string; null stays null. */
  encryptJson(value: unknown, context: string): unknown {
    if (value === null || value === undefined || !this.current) return value;
    return this.encrypt(JSON.stringify(value), context);
  }

  decryptJson(value: unknown, context: string): unknown {
    return FieldCipher.isEncrypted(value) ? (JSON.parse(this.decrypt(value, context)) as unknown) : value;
  }
}
