import type { AgencyEntity } from './agency.entity';
import type { ProcedureEntity } from './procedure.entity';

export function agencyView(agency: AgencyEntity) {
  return { code: agency.code, name: agency.name, level: agency.level, parentCode: agency.parentCode, kind: agency.kind };
}

export function procedureView(procedure: ProcedureEntity) {
  return {
    code: procedure.code,
    name: procedure.name,
    version: procedure.version,
    effectiveFrom: procedure.effectiveFrom,
    field: { code: procedure.field.code, name: procedure.field.name },
    duration: { value: procedure.durationValue, unit: procedure.durationUnit, mode: procedure.durationMode },
    supplementPolicy: procedure.supplementPolicy,
    supplementWindowDays: procedure.supplementWindowDays,
    documents: procedure.documents.map((d) => ({ name: d.name, required: d.required, kind: d.kind ?? null, copies: d.copies ?? 1 })),
    fee: procedure.feeAmount,
    feeText: procedure.feeText,
    processSteps: procedure.processSteps,
    resultDelivery: procedure.resultDelivery,
    resolvingAuthority: { kind: procedure.resolverKind, agencyCode: procedure.resolverCode },
  };
}
