/**
 * The DonViXuLy of a dossier: the authority that decides it. Today the dossier's resolving agency
 * code; when the catalogue tells centres from deciding bodies (agency `kind`), this is the one line
 * to change.
 */
export function resolvingAuthorityCode(row: { resolving_agency_code: string }): string {
  return row.resolving_agency_code;
}
