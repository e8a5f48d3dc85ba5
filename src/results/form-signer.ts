import { Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../catalogue';
import type { DossierEntity } from '../dossiers';
import { signPdf } from './pades-signer';
import { signingAuthorityCode } from './signing-authority';
import { SigningCertificates } from './signing-certificates';

/**
 * Letters to the applicant (forms 04 and 05) signed by the authority when a certificate file is
 * configured (SIGNING_P12_FILE); unchanged otherwise (the demo's self-signed certificate is kept for
 * results). Signed at the letter's own issue time, so a reprint stays byte-identical.
 */
@Injectable()
export class FormSigner {
  constructor(
    private readonly certificates: SigningCertificates,
    private readonly agencies: AgencyDirectory,
  ) {}

  async sign(pdf: Buffer, dossier: Pick<DossierEntity, 'resolvingAgencyCode' | 'code'>, form: string, issuedAt: Date): Promise<Buffer> {
    if (!this.certificates.hasConfiguredCertificate) return pdf;
    const agency = await this.agencies.find(signingAuthorityCode(dossier));
    const identity = this.certificates.configuredIdentity(agency?.governingBody ?? signingAuthorityCode(dossier), agency?.placeName ?? '');
    if (!identity) return pdf;
    return signPdf(pdf, { signer: identity.signer, name: identity.authorityName, location: identity.location }, `${form}, hồ sơ ${dossier.code}`, issuedAt);
  }
}
