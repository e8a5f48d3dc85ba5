import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const NOT_JSON = 'Request body is not valid JSON';

/**
 * JSON bodies as the API has always read them: an empty body is no body (a POST without payload sent
 * with a JSON content type), and only an object or an array is JSON here; anything else is a 400
 * naming `body`.
 */
export function useJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser('application/json', { bodyLimit }, (_request, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    const first = /^\s*(.)/.exec(text)?.[1];
    try {
      if (first !== '{' && first !== '[') throw new SyntaxError(NOT_JSON);
      done(null, mayHoldProto(text) ? JSON.parse(text, withoutProto) : JSON.parse(text));
    } catch {
      done(new HttpException({ message: NOT_JSON, errors: [{ field: 'body', message: NOT_JSON }] }, HttpStatus.BAD_REQUEST), undefined);
    }
  });
}

/**
 * Without the literal name nor any \u escape (which could spell it), no key can be `__proto__`: the
 * body is parsed without a reviver call per value (an intake's body: ~1.5 µs instead of ~3–5 µs).
 */
function mayHoldProto(text: string): boolean {
  return text.includes('__proto__') || text.includes('\\u');
}

/** `__proto__` keys are dropped, so a body cannot reach an object's prototype. */
function withoutProto(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}
