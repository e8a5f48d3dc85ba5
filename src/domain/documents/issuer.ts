/**
 * Which body issues which form (TT 03/2025/TT-VPCP; DOMAIN §8). The receiving centre issues the
 * receipt (01), the control slip (06), the register (07) and what it finds at the counter (02, 03,
 * signed by the receiving officer). The resolving authority issues what appraisal finds (02, 03),
 * the apology (04) and the stop notice (05), under its own header, signed by its head.
 */
export type IssuedForm = 'receipt' | 'supplement_request' | 'refusal' | 'apology' | 'stop_notice' | 'withdrawal_notice';

export const ISSUED_FORMS: readonly IssuedForm[] = ['receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'withdrawal_notice'];

/** Where the dossier is when a 02 or 03 is written: still at the counter, or handed on for appraisal. */
export type DossierStage = 'counter' | 'appraisal';

export type IssuingSide = 'receiving' | 'resolving';

export function issuingSide(form: IssuedForm, stage: DossierStage): IssuingSide {
  switch (form) {
    case 'receipt':
      return 'receiving';
    case 'supplement_request':
    case 'refusal':
      return stage === 'counter' ? 'receiving' : 'resolving';
    default:
      return 'resolving';
  }
}

/** A dossier is at the counter until the counter hands it on (the control slip's first row). */
export function stageOf(handoffs: number): DossierStage {
  return handoffs === 0 ? 'counter' : 'appraisal';
}

/** The body of `side` among a dossier's two agencies. */
export function issuerCode(side: IssuingSide, dossier: { receivingAgencyCode: string; resolvingAgencyCode: string }): string {
  return side === 'receiving' ? dossier.receivingAgencyCode : dossier.resolvingAgencyCode;
}
