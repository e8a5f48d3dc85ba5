import { createHash } from 'node:crypto';
import type { MultipartStorageEngine, UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { FileContent, FileContentCollector } from './file-content';

/**
 * Memory storage that hashes the file while it streams in: the SHA-256 is ready when the last chunk
 * arrives. The chunks are kept (FileContentCollector), never joined into one buffer on the upload path.
 */
export function hashingMemoryStorage(): MultipartStorageEngine {
  return {
    _handleFile(_request, file, callback) {
      const hash = createHash('sha256');
      const collector = new FileContentCollector();
      const onData = (chunk: Buffer) => {
        hash.update(chunk);
        collector.add(chunk);
      };
      const stop = () => file.stream.off('data', onData).off('error', onError).off('end', onEnd);
      const onError = (error: Error) => {
        stop();
        callback(error);
      };
      const onEnd = () => {
        stop();
        const content = collector.finish();
        const stored: Partial<UploadedMultipartFile> & { content: FileContent; sha256: string } = { content, size: content.length, sha256: hash.digest('hex') };
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
