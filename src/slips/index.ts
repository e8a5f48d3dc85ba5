/** The slips module's public surface: other modules import only from here (eslint boundaries). */
export { PDF_MIME, PrivateDocument } from './file-response';
export { applicantOf, issuingUnit } from './slip-views';
