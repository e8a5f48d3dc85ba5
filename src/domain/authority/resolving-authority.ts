/**
 * Receiving and resolving are separate (NĐ 118/2025): a Public Administration Service Centre
 * (Trung tâm Phục vụ hành chính công) receives dossiers; an authority decides them — the commune
 * People's Committee (Ủy ban nhân dân), a provincial department (sở) or a specialised unit under it.
 */
export type AgencyKind = 'service_centre' | 'people_committee' | 'department' | 'unit';

export const AGENCY_KINDS: readonly AgencyKind[] = ['service_centre', 'people_committee', 'department', 'unit'];

/** The catalogue's answer to "who resolves this procedure": a kind of body, or one named body. */
export interface ResolverSpec {
  kind: AgencyKind;
  /** A fixed body (e.g. a provincial department); null: the receiving commune's own body of `kind`. */
  code: string | null;
}

/** What the rule needs to know of the receiving agency. */
export interface ReceivingAgencyRef {
  code: string;
  kind: AgencyKind;
  /** For a service centre: the People's Committee it serves (whose dossiers it receives). */
  authorityCode: string | null;
}

export type ResolvingAuthority = { ok: true; code: string } | { ok: false; reason: string };

/**
 * The resolving authority of a dossier: a named body when the procedure names one; else, for a
 * People's Committee, the committee the receiving centre serves (a centre without one in the
 * catalogue decides itself, as before resolving authorities existed); a procedure resolved by the
 * centre itself stays at the centre. A department or unit must be named.
 */
export function resolvingAuthorityOf(spec: ResolverSpec, receiving: ReceivingAgencyRef): ResolvingAuthority {
  if (spec.code) return { ok: true, code: spec.code };
  switch (spec.kind) {
    case 'service_centre':
      return { ok: true, code: receiving.code };
    case 'people_committee':
      if (receiving.kind === 'people_committee') return { ok: true, code: receiving.code };
      return { ok: true, code: receiving.authorityCode ?? receiving.code };
    default:
      return { ok: false, reason: `the procedure is resolved by a ${spec.kind} but names none` };
  }
}
