export * from './dossier.entity';
export * from './dossier-event.entity';
export * from './dossier-step.entity';
export * from './supplement-request.entity';
export * from './apology.entity';

import { ApologyEntity } from './apology.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierStepEntity } from './dossier-step.entity';
import { DossierEntity } from './dossier.entity';
import { SupplementRequestEntity } from './supplement-request.entity';

export const DOSSIER_ENTITIES = [DossierEntity, DossierEventEntity, DossierStepEntity, SupplementRequestEntity, ApologyEntity];
