import { createHash } from 'node:crypto';
import type { MultipartStorageEngine } from '@nestjs/platform-fastify/multipart';

/**
 * Memory storage that hashes the file while it streams in: the SHA-256 is ready when the last chunk
 * arrives, and the chunks are joined once (no copy at all for a file that came in one chunk).
 */
export function hashingMemoryStorage(): MultipartStorageEngine {
  return {
    _handleFile(_request, file, callback) {
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        hash.update(chunk);
        chunks.push(chunk);
        size += chunk.length;
      };
      const stop = () => file.stream.off('data', onData).off('error', onError).off('end', onEnd);
      const onError = (error: Error) => {
        stop();
        callback(error);
      };
      const onEnd = () => {
        stop();
        const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
        callback(null, { buffer, size, sha256: hash.digest('hex') } as { buffer: Buffer; size: number });
      };
      file.stream.on('data', onData).once('error', onError).once('end', onEnd);
    },
    _removeFile(_request, file, callback) {
      delete file.buffer;
      callback(null);
    },
  };
}
