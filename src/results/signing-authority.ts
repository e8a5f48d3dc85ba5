import type { DossierEntity } from '../dossiers';

/**
 * The authority that decides the dossier and signs its results. Today: the dossier's resolving
 * agency. The one place to change when agencies get a `kind` and dossiers a distinct
 * `resolvingAgency` (e.g. the commune People's Committee behind the service centre).
 */
export function signingAuthorityCode(dossier: Pick<DossierEntity, 'resolvingAgencyCode'>): string {
  return dossier.resolvingAgencyCode;
}
