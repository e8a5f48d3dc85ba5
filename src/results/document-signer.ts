import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { signPdf } from './pades-signer';
import type { SigningIdentityOf } from './signing-certificates';

/** Signs PDFs (PAdES) with an authority's identity at the clock's time. */
@Injectable()
export class DocumentSigner {
  constructor(private readonly clock: Clock) {}

  sign(pdf: Buffer, identity: SigningIdentityOf, reason: string): Promise<Buffer> {
    const name = identity.demo ? `${identity.authorityName} (DEMO)` : identity.authorityName;
    return signPdf(pdf, { signer: identity.signer, name, location: identity.location }, reason, this.clock.now());
  }
}
