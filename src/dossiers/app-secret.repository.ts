import { TransactionContext } from '../database/transaction-context';

/** Keys the service makes once and keeps in the database (app_secrets), the same for every instance. */
export class AppSecretRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** The secret of that name, created with `make()` on first use (a concurrent first use keeps one). */
  async loadOrCreate(name: string, make: () => string): Promise<string> {
    await this.tx.manager.query(`INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, make()]);
    const rows: { value: string }[] = await this.tx.manager.query(`SELECT value FROM app_secrets WHERE name = $1`, [name]);
    return rows[0].value;
  }
}
