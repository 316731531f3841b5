import { Logger, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { decodeDataKey, splitKeyList, type DataEncryptionKey } from '../../config/data-encryption-keys.js';
import { FieldCipher } from './field-cipher.js';

/** The FieldCipher the repositories of health data use, from DATA_ENCRYPTION_KEY (validated at start-up). */
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const current =
          config.env.DATA_ENCRYPTION_KEY === undefined ? undefined : decodeDataKey(config.env.DATA_ENCRYPTION_KEY);
        const previous = splitKeyList(config.env.DATA_ENCRYPTION_PREVIOUS_KEYS)
          .map(decodeDataKey)
          .filter((key): key is DataEncryptionKey => key !== undefined);
        const cipher = new FieldCipher(current, previous);
        const logger = new Logger('DataEncryption');
        if (cipher.enabled)
          logger.log(
            `Health data at rest: AES-256-GCM, key ${cipher.currentKeyId}, ${previous.length} previous key(s)`,
          );
        else logger.warn('Health data at rest is NOT encrypted: DATA_ENCRYPTION_KEY is not set');
        return cipher;
      },
    },
  ],
  exports: [FieldCipher],
})
export class EncryptionModule {}
