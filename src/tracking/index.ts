/** The tracking module's public surface: other modules import only from here (eslint boundaries). */
export { DossierWorkflow } from './dossier-workflow';
export { HandoffService } from './handoff.service';
export { OutcomeService } from './outcome.service';
export { SupplementService } from './supplement.service';
