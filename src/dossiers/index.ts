/** The dossiers module's public surface: other modules import only from here (eslint boundaries). */
export { ApiDossierCode } from './dto/dossier-code.param';
export { ApologyResponse, StepResponse, SupplementRequestResponse } from './dto/dossier-parts.response';
export { DossierSummaryResponse, STATUS_CODES, STATUS_CODES_MEANING } from './dto/dossier-summary.response';
export { ApologyEntity, DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity } from './entities';
export { SYSTEM_ACTOR, appendDossierEvent, type NewDossierEvent } from './dossier-events';
export { CLOCK_RUNNING_STATUSES, DUE_SOON_LIMITS, DossierQueries, OPEN_STATUSES, isVisibleTo, type DueSoonLimits } from './dossier-queries';
export { apologyView, dossierSummaryView, stepView, supplementRequestView } from './dossier.views';
export { DossierEventType } from './event-types';
export { DocumentSubject, PLACEHOLDER_HEAD_TITLE, contentInstant, contentText, headTitleOf, issueDocument, issueDossierDocument, issueEndingDocument, issueRestartReceipt, issuedDocument, numberOf, type IssuedDocument } from './issued-documents';
export { newTrackingToken, trackingUrl } from './tracking-url';
