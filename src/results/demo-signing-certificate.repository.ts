import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

export interface StoredDemoCertificate {
  p12: Buffer;
  passphrase: string;
}

/** Demo signing certificates, one per authority, kept so every instance signs with the same key. */
@Injectable()
export class DemoSigningCertificateRepository {
  constructor(private readonly tx: TransactionContext) {}

  async find(agencyCode: string): Promise<StoredDemoCertificate | undefined> {
    const rows: StoredDemoCertificate[] = await this.tx.manager.query('SELECT p12, passphrase FROM demo_signing_certificates WHERE agency_code = $1', [agencyCode]);
    return rows[0];
  }

  /** Two instances may race at first use: the first insert wins. */
  async insertIfAbsent(agencyCode: string, made: StoredDemoCertificate & { subject: string }): Promise<void> {
    await this.tx.manager.query(
      'INSERT INTO demo_signing_certificates (agency_code, p12, passphrase, subject) VALUES ($1, $2, $3, $4) ON CONFLICT (agency_code) DO NOTHING',
      [agencyCode, made.p12, made.passphrase, made.subject],
    );
  }
}
