import { MultipartModule } from '@nestjs/platform-fastify/multipart';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { hashingMemoryStorage } from './hashing-memory-storage';

export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** Upload limits from the settings (files kept in memory, hashed as they stream in): a file over the limit is cut off while it streams in (413), never buffered whole. */
export function uploadLimitsOf(config: AppConfig) {
  return { fileSize: config.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES, files: 1, fields: 20, fieldSize: 64 * 1024 };
}

export const uploadLimits = MultipartModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({ limits: uploadLimitsOf(config), storage: hashingMemoryStorage() }),
});
