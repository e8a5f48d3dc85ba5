import type { S3Settings } from '../config/app-config';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileContent } from './file-content';
import { FileStorage } from './file-storage';

/**
 * Adapter for a province's S3-compatible object store. The object is written before the row's
 * transaction commits; when the transaction fails the caller discards it. Objects are never
 * overwritten (unique keys) and the service never deletes a committed one.
 */
export class S3FileStorage extends FileStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: true, // most on-premises stores serve buckets by path, not by sub-domain
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  private keyOf(key: string): string {
    return `${this.settings.prefix ?? ''}${key}`;
  }

  async put(key: string, content: FileContent): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key), Body: content.toBuffer(), ContentLength: content.length }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async discard(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) })).catch(() => undefined);
  }
}
