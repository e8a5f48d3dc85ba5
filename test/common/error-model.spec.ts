import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../../src/common/errors/domain-error';
import { toErrorBody } from '../../src/common/errors/http-error.filter';
import { CalendarError } from '../../src/domain/calendar';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** The one error model: coded domain errors, calendar errors and PostgreSQL's integrity errors all map to API.md's body. */
describe('error model', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      CREATE TABLE parent (id uuid PRIMARY KEY, email text UNIQUE, level integer NOT NULL CHECK (level > 0));
      CREATE TABLE child (id serial PRIMARY KEY, owner_user_id uuid REFERENCES parent(id), note varchar(5))`);
    await client.query(`INSERT INTO parent VALUES ('00000000-0000-4000-8000-000000000001', 'a@b.vn', 1)`);
    await client.query(`INSERT INTO child (owner_user_id) VALUES ('00000000-0000-4000-8000-000000000001')`);
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  /** The error PostgreSQL raises for the statement, as TypeORM hands it over. */
  async function failure(sql: string): Promise<unknown> {
    try {
      await client.query(sql);
    } catch (error) {
      return new QueryFailedError(sql, [], error as Error);
    }
    throw new Error(`did not fail: ${sql}`);
  }

  it('answers an unknown referenced id with a 400 naming the field', async () => {
    const body = toErrorBody(await failure(`INSERT INTO child (owner_user_id) VALUES ('00000000-0000-4000-8000-000000000009')`));
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('ownerUserId'), errors: [{ field: 'ownerUserId', message: expect.any(String) }] });
  });

  it('answers a delete of a still-referenced record with a 409', async () => {
    const body = toErrorBody(await failure(`DELETE FROM parent`));
    expect(body.statusCode).toBe(409);
    expect(body.errors?.[0].field).toBe('id');
  });

  it('answers a repeated unique value with a 409 naming the field', async () => {
    const body = toErrorBody(await failure(`INSERT INTO parent VALUES ('00000000-0000-4000-8000-000000000002', 'a@b.vn', 1)`));
    expect(body).toMatchObject({ statusCode: 409, error: 'Conflict', errors: [{ field: 'email' }] });
  });

  it('answers a broken CHECK, a missing value, a too long text and a malformed value with a 400', async () => {
    const check = toErrorBody(await failure(`INSERT INTO parent VALUES ('00000000-0000-4000-8000-000000000003', 'c@b.vn', 0)`));
    expect(check).toMatchObject({ statusCode: 400, errors: [{ field: 'level' }] });
    const missing = toErrorBody(await failure(`INSERT INTO parent (id) VALUES ('00000000-0000-4000-8000-000000000004')`));
    expect(missing).toMatchObject({ statusCode: 400, errors: [{ field: 'level' }] });
    const long = toErrorBody(await failure(`INSERT INTO child (note) VALUES ('too long')`));
    expect(long.statusCode).toBe(400);
    const malformed = toErrorBody(await failure(`SELECT 'not-a-uuid'::uuid`));
    expect(malformed.statusCode).toBe(400);
  });

  it('keeps other database errors unknown: 500 without internals', async () => {
    const body = toErrorBody(await failure(`SELECT * FROM no_such_table`));
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
  });

  it('maps calendar errors by code: the caller\'s date is a 400, our inconsistent data a 500', () => {
    const outside = new CalendarError('CALENDAR_OUT_OF_RANGE', '2200-01-01 is outside the calendar range');
    expect(outside).toBeInstanceOf(DomainError);
    expect(toErrorBody(outside)).toEqual({ statusCode: 400, error: 'Bad Request', message: outside.message, errors: [{ field: 'date', message: outside.message }] });
    expect(toErrorBody(new CalendarError('CALENDAR_INVALID_EVENTS', 'resumed twice')).statusCode).toBe(500);
    expect(toErrorBody(new CalendarError('CALENDAR_INVALID_EVENTS', 'resumed twice')).message).toBe('Internal server error');
  });

  it('maps the general codes to API.md statuses', () => {
    expect(toErrorBody(DomainError.notFound('Dossier')).statusCode).toBe(404);
    expect(toErrorBody(DomainError.forbidden()).statusCode).toBe(403);
    expect(toErrorBody(DomainError.rule('An apology was already issued')).statusCode).toBe(422);
    expect(toErrorBody(new DomainError('ILLEGAL_TRANSITION', 'finished')).statusCode).toBe(409);
    expect(toErrorBody(new Error('secret internals')).message).toBe('Internal server error');
  });
});
