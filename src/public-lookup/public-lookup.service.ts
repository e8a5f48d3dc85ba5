import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { clientKey, FailureLimiter } from './failure-limiter';
import { PublicDossierCache } from './public-dossier-cache';
import { PublicDossierRecord, PublicDossierRepository } from './public-dossier.repository';
import { publicApiBody, publicDossierView, PublicDossierView } from './public-dossier.view';
import { publicResultPath, ResultsService } from '../results';
import { fillResultsSlot, fillSatisfactionSlot, RATING_NEEDS_QR, renderRatingForm, renderResultsCard, renderStatusPage, type RatingFormState } from './public-pages.html';
import { RenderCache } from './render-cache';
import { sameSecret } from './secret-compare';
import { TrackingTokens } from '../dossiers';

/** A dossier's public view, rendered once per version: the JSON body and the HTML page. */
export interface PublicRendering {
  view: PublicDossierView;
  json: string;
  html: string;
  /** The dossier's electronic results: listed, with links, only to a QR (token) look-up. */
  results: Array<{ id: string; title: string; code: string }>;
  /** The JSON API's answers that hold no token, made on first use. */
  plain?: JsonAnswer;
  withNoResults?: JsonAnswer;
}

function jsonAnswer(json: string): JsonAnswer {
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
}

/** The JSON API's answer and its ETag (a strong validator of exactly these bytes). */
export interface JsonAnswer {
  json: string;
  etag: string;
}

export type JsonLookupOutcome = { kind: 'found'; answer: JsonAnswer } | Exclude<LookupOutcome, { kind: 'found' }>;

export type LookupOutcome =
  | { kind: 'found'; rendering: PublicRendering }
  /** Unknown code, wrong or missing token, wrong or missing digits: deliberately one answer. */
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** The dossier a QR token opens (to act on it, e.g. rate it), or the look-up's failure answers. */
export type TokenProofOutcome =
  | { kind: 'proved'; record: PublicDossierRecord; token: string }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** What the citizen presented: the QR's token, or the last 4 digits of the phone number. Anything, as received. */
export interface LookupProof {
  token?: unknown;
  phone4?: unknown;
}

const MAX_CODE_LENGTH = 64;
const MAX_SECRET_LENGTH = 256;
const CACHE_ENTRIES = 5_000;

/**
 * The citizen's look-up (DOMAIN.md §7): a code opens nothing by itself; the QR token (128 bits)
 * or the last 4 phone digits must match, compared in constant time. Failures are counted per
 * client network, which also bounds its guesses at any one code; never per code alone, which would
 * let anyone lock a citizen out of the look-up of a sequential code. A blocked client still opens a
 * dossier with a valid QR token, which cannot be guessed, but may no longer try digits.
 */
@Injectable()
export class PublicLookupService {
  private readonly byClient: FailureLimiter;
  private readonly renderings = new RenderCache<PublicRendering>(CACHE_ENTRIES);
  /** Compared against when the code is unknown, so that case costs the same as a wrong secret. */
  private readonly decoy = randomBytes(16).toString('base64url');
  private readonly expectedTokens = new WeakMap<PublicDossierRecord, Buffer>();

  constructor(
    private readonly dossiers: PublicDossierRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly results: ResultsService,
    private readonly tokens: TrackingTokens,
    private readonly cache: PublicDossierCache,
  ) {
    const maxFailures = config.publicLookupMaxFailures ?? 10;
    const windowMs = (config.publicLookupWindowSeconds ?? 600) * 1000;
    this.byClient = new FailureLimiter(maxFailures, windowMs);
  }
  /** After this instance changed a dossier: its next look-up reads it again, without waiting for the NOTIFY. */
  forgetDossier(dossierId: string): void {
    this.cache.forgetDossier(dossierId);
  }


  async lookup(rawCode: unknown, proof: LookupProof, clientIp: string | undefined): Promise<LookupOutcome> {
    const outcome = await this.prove(rawCode, proof, clientIp);
    if (outcome.kind !== 'proved') return outcome;
    const rendering = await this.render(outcome.record);
    // The cached page is shared by every look-up of the dossier: the token goes in per request, only when it was the proof.
    const card = outcome.token !== null ? renderRatingForm(outcome.record.code, outcome.token) : RATING_NEEDS_QR;
    return { kind: 'found', rendering: withResults({ ...rendering, html: fillSatisfactionSlot(rendering.html, card) }, outcome.record.code, outcome.token) };
  }

  /** The look-up of the JSON API: no page to fill; the answer and its ETag are kept with the rendering when they hold no token. */
  async lookupJson(rawCode: unknown, proof: LookupProof, clientIp: string | undefined): Promise<JsonLookupOutcome> {
    const outcome = await this.prove(rawCode, proof, clientIp);
    if (outcome.kind !== 'proved') return outcome;
    const rendering = await this.render(outcome.record);
    if (outcome.token === null) return { kind: 'found', answer: (rendering.plain ??= jsonAnswer(rendering.json)) };
    if (rendering.results.length === 0) return { kind: 'found', answer: (rendering.withNoResults ??= jsonAnswer(`${rendering.json.slice(0, -1)},"results":[]}`)) };
    return { kind: 'found', answer: jsonAnswer(withResults(rendering, outcome.record.code, outcome.token).json) };
  }

  /**
   * Proves the QR token alone (the last phone digits never authorise acting on a dossier), with the
   * same checks and failure counting as a look-up: a wrong token or an unknown code is a failure.
   */
  async proveToken(rawCode: unknown, rawToken: unknown, clientIp: string | undefined): Promise<TokenProofOutcome> {
    const outcome = await this.prove(rawCode, { token: rawToken }, clientIp);
    if (outcome.kind !== 'proved') return outcome;
    if (outcome.token === null) return { kind: 'not_found' }; // cannot happen: no digits were given
    return { kind: 'proved', record: outcome.record, token: outcome.token };
  }

  /** The status page of a dossier proved by its token, with the rating form as the citizen sent it back (errors, choices kept). */
  async ratingPage(record: PublicDossierRecord, token: string, form: RatingFormState): Promise<string> {
    const rendering = withResults(await this.render(record), record.code, token);
    return fillSatisfactionSlot(rendering.html, renderRatingForm(record.code, token, form));
  }

  private async prove(
    rawCode: unknown,
    proof: LookupProof,
    clientIp: string | undefined,
  ): Promise<{ kind: 'proved'; record: PublicDossierRecord; token: string | null } | Exclude<LookupOutcome, { kind: 'found' }>> {
    const now = this.clock.now().getTime();
    const client = clientKey(clientIp);
    const code = normalizeCode(rawCode);
    const token = secretOf(proof.token);
    const phone4 = token === null ? secretOf(proof.phone4) : null;
    const blockedFor = this.byClient.retryAfterSeconds(client, now);
    if (blockedFor > 0 && token === null) {
      return { kind: 'rate_limited', retryAfterSeconds: blockedFor };
    }
    const usable = code !== null && (token !== null || (phone4 !== null && /^\d{4}$/.test(phone4)));
    const record = usable ? await this.cache.get(code, () => this.dossiers.findByCode(code)) : null;
    if (record && this.proves(record, token, phone4)) {
      return { kind: 'proved', record, token };
    }
    if (!record) sameSecret(token ?? phone4 ?? '', this.decoy);
    this.byClient.recordFailure(client, now);
    return blockedFor > 0 ? { kind: 'rate_limited', retryAfterSeconds: blockedFor } : { kind: 'not_found' };
  }

  /** Derived once per cached record (an HMAC), not on every look-up of it. */
  private expectedToken(record: PublicDossierRecord): Buffer {
    let token = this.expectedTokens.get(record);
    if (!token) this.expectedTokens.set(record, (token = this.tokens.expectedOf(record.id)));
    return token;
  }

  private proves(record: PublicDossierRecord, token: string | null, phone4: string | null): boolean {
    if (token !== null) return this.tokens.proves(token, record.id, record.trackingTokenHash, this.expectedToken(record));
    if (phone4 === null) return false;
    const lastFour = record.applicantPhone.replace(/\D/g, '').slice(-4);
    return sameSecret(phone4, lastFour) && lastFour.length === 4;
  }

  /**
   * One rendering per (dossier, version, newest event, rating): the events are read only when that
   * changes. Its HTML holds the satisfaction slot, never a token.
   */
  private async render(record: PublicDossierRecord): Promise<PublicRendering> {
    const stamp = `${record.version}:${record.lastEventId ?? '0'}:${record.satisfaction?.level ?? ''}`;
    const cached = this.renderings.get(record.id, stamp);
    if (cached) return cached;
    // Issuing a result appends an event, so the stamp above also covers the results.
    const results = await this.results.ofDossier(record.id);
    const view = publicDossierView(record, record.events);
    const listed = results.map((r) => ({ id: r.id, title: r.title, code: r.code }));
    const rendering = { view, json: JSON.stringify(publicApiBody(view)), html: renderStatusPage(view), results: listed };
    this.renderings.set(record.id, stamp, rendering);
    return rendering;
  }
}

/**
 * The token goes into the result links per request (the cached rendering never holds it); a look-up
 * by phone digits gets neither the list nor the links (API.md: results only with the token).
 */
function withResults(rendering: PublicRendering, code: string, token: string | null): PublicRendering {
  if (token === null) return { ...rendering, html: fillResultsSlot(rendering.html, '') };
  const results = rendering.results.map((r) => ({ id: r.id, title: r.title, url: publicResultPath(code, r.id, token) }));
  const json = `${rendering.json.slice(0, -1)},"results":${JSON.stringify(results)}}`;
  const card = renderResultsCard(rendering.results.map((r, i) => ({ title: r.title, code: r.code, url: results[i].url })));
  return { ...rendering, json, html: fillResultsSlot(rendering.html, card) };
}

/** Codes are typed by hand too: NFC, no spaces, upper case (`h56` → `H56`); null if absent or absurd. */
export function normalizeCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return code !== '' && code.length <= MAX_CODE_LENGTH ? code : null;
}

function secretOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text !== '' && text.length <= MAX_SECRET_LENGTH ? text : null;
}
