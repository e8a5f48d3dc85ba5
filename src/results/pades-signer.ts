import signpdf from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import type { P12CmsSigner } from './p12-cms-signer';

export interface SigningIdentity {
  signer: P12CmsSigner;
  /** Shown as the signer's name in readers. */
  name: string;
  location: string;
}

/**
 * PAdES signature (ETSI.CAdES.detached) of a whole PDF: pdf-lib rewrites the file with a classic
 * cross-reference table and an empty signature field (any PDF, also one with xref streams),
 * @signpdf computes the CMS over the byte ranges (P12CmsSigner).
 */
export async function signPdf(pdf: Buffer, identity: SigningIdentity, reason: string, signingTime: Date): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason,
    contactInfo: '',
    name: identity.name,
    location: identity.location,
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 8192,
    appName: 'motcua',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  return signpdf.sign(prepared, identity.signer, signingTime);
}
