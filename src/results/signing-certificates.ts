import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AgencyDirectory } from '../catalogue';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DemoSigningCertificateRepository } from './demo-signing-certificate.repository';
import { P12CmsSigner } from './p12-cms-signer';
import { selfSignedP12 } from './self-signed-certificate';

export interface SigningIdentityOf {
  signer: P12CmsSigner;
  /** The self-signed demo certificate: documents say so. */
  demo: boolean;
  /** Name shown as the signer, e.g. "UBND PHƯỜNG HẠC THÀNH". */
  authorityName: string;
  location: string;
}

/**
 * The authority's signing certificate: SIGNING_P12_FILE (read and checked at start-up), or in demo
 * mode a self-signed one per authority, made at first use and kept in the database so that every
 * instance signs with the same key and the backup carries it. Outside the demo, no file means no
 * electronic result (422), never a silent unsigned one.
 */
@Injectable()
export class SigningCertificates {
  private readonly logger = new Logger('SigningCertificates');
  private readonly configured: P12CmsSigner | null;
  private readonly demoSigners = new Map<string, Promise<P12CmsSigner>>();

  constructor(
    private readonly demoCertificates: DemoSigningCertificateRepository,
    private readonly agencies: AgencyDirectory,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.configured = config.signingP12File ? loadP12(config.signingP12File, config.signingP12Password ?? '') : null;
  }

  /** A certificate file is configured (forms 04 and 05 are then signed too). */
  get hasConfiguredCertificate(): boolean {
    return this.configured !== null;
  }

  async identityFor(agencyCode: string): Promise<SigningIdentityOf | null> {
    const agency = await this.agencies.find(agencyCode);
    // A People's Committee is its own governing body: "Ủy ban nhân dân phường Hạc Thành" signs as "UBND PHƯỜNG HẠC THÀNH".
    const authorityName = agency ? agency.governingBody || agency.name.replace(/^Ủy ban nhân dân/i, 'UBND').toLocaleUpperCase('vi-VN') : agencyCode;
    const location = agency?.placeName ?? '';
    if (this.configured) return { signer: this.configured, demo: false, authorityName, location };
    if (!this.config.seedDemo) return null;
    let signer = this.demoSigners.get(agencyCode);
    if (!signer) {
      signer = this.demoSigner(agencyCode, authorityName);
      this.demoSigners.set(agencyCode, signer);
      signer.catch(() => this.demoSigners.delete(agencyCode));
    }
    return { signer: await signer, demo: true, authorityName, location };
  }

  /** The configured certificate only (forms 04/05). */
  configuredIdentity(authorityName: string, location: string): SigningIdentityOf | null {
    return this.configured ? { signer: this.configured, demo: false, authorityName, location } : null;
  }

  private async demoSigner(agencyCode: string, authorityName: string): Promise<P12CmsSigner> {
    let row = await this.demoCertificates.find(agencyCode);
    if (!row) {
      const made = selfSignedP12(authorityName, authorityName, this.clock.now());
      // Two instances may race at first use: the first insert wins and both read it back.
      await this.demoCertificates.insertIfAbsent(agencyCode, made);
      row = await this.demoCertificates.find(agencyCode);
      this.logger.warn(`Demo: self-signed signing certificate for ${authorityName} (no legal value; set SIGNING_P12_FILE in production)`);
    }
    return new P12CmsSigner(row!.p12, row!.passphrase);
  }
}

function loadP12(file: string, passphrase: string): P12CmsSigner {
  try {
    return new P12CmsSigner(readFileSync(file), passphrase);
  } catch (error) {
    throw new Error(`Configuration error: SIGNING_P12_FILE ${file} cannot be used (${(error as Error).message})`);
  }
}
