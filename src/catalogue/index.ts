/** The catalogue module's public surface: other modules import only from here (eslint boundaries). */
export { AgencyEntity, type WorkingPeriod } from './agency.entity';
export { FieldEntity } from './field.entity';
export { ProcedureEntity, type DurationUnit, type RequiredDocument } from './procedure.entity';
export { AgencyDirectory } from './agency.repository';
export { ProcedureCatalogue } from './procedure.repository';
