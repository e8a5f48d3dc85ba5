import { createHash } from 'node:crypto';
import type { MultipartStorageEngine, UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { FileContent } from './file-content';

/**
 * Memory storage that hashes the file while it streams in: the SHA-256 is ready when the last chunk
 * arrives. The chunks are kept as they came (FileContent), never joined on the upload path.
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
        const stored: Partial<UploadedMultipartFile> & { content: FileContent; sha256: string } = { content: FileContent.ofChunks(chunks), size, sha256: hash.digest('hex') };
        callback(null, stored);
      };
      file.stream.on('data', onData).once('error', onError).once('end', onEnd);
    },
    _removeFile(_request, file, callback) {
      delete (file as { content?: FileContent }).content; // the request failed: its chunks are let go at once
      callback(null);
    },
  };
}
