/** The attachments module's public surface: other modules import only from here (eslint boundaries). */
export { isUuid } from './attachments.service';
export { FileContent } from './file-content';
export { FileStorage } from './file-storage';
export { assertIntact, checkUploadedFile, sha256Hex, type UploadedPart } from './uploaded-file';
export { uploadLimitsOf } from './upload-limits';
