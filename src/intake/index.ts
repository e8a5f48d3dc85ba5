/** The intake module's public surface: other modules import only from here (eslint boundaries). */
export { ApplicantDto, CreateDossierDto } from './dto/create-dossier.dto';
export { applicantKindOf, normaliseText } from './applicant-checks';
export { IntakeService } from './intake.service';
