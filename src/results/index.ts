/** The results module's public surface: other modules import only from here (eslint boundaries). */
export { DigitisationIndicatorsService, type DigitisationIndicators } from './digitisation-indicators';
export { FormSigner } from './form-signer';
export { ResultsService, publicResultPath } from './results.service';
