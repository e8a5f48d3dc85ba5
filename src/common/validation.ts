import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from './errors/domain-error';

/** Flattens class-validator's tree into dotted field paths such as `applicant.phone` or `documents.0.name`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Deeper JSON than any request of the API needs; class-transformer would recurse into it until the stack runs out. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The first string holding a NUL character (PostgreSQL's text cannot store one), or with `depthOnly`
 * the first nesting deeper than MAX_INPUT_DEPTH, as a field error; walked without recursion.
 */
export function hostileInput(value: unknown, root: string, depthOnly = false): FieldError | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (!depthOnly && current.includes('\u0000')) return { field: path || 'body', message: 'must not contain a NUL character' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: path || 'body', message: `nested deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, child] of Object.entries(current)) {
      if (!depthOnly && key.includes('\u0000')) return { field: path || 'body', message: 'a key must not contain a NUL character' };
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return null;
}

/** A body class that can accept its usual, plainly valid shape without class-validator (null: let it judge). */
interface PlainlyValidated {
  plainlyValid?(body: unknown): object | null;
}

/**
 * Class-validator's checks (or the body class's own plainlyValid), between two walks of any body, query or path value: absurd nesting is
 * refused before class-transformer recurses into it, NUL characters after the field checks (so an
 * unknown field is still named first).
 */
class ApiValidationPipe extends ValidationPipe {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const checked = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    const tooDeep = checked ? hostileInput(value, metadata.data ?? '', true) : null;
    if (tooDeep) throw new DomainError('INVALID_INPUT', `Invalid input: ${tooDeep.field}`, [tooDeep]);
    const fast = metadata.type === 'body' ? (metadata.metatype as PlainlyValidated | undefined)?.plainlyValid?.(value) : null;
    const result = fast ?? (await super.transform(value, metadata));
    const nul = checked ? hostileInput(result, metadata.data ?? '') : null;
    if (nul) throw new DomainError('INVALID_INPUT', `Invalid input: ${nul.field}`, [nul]);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
      return new DomainError('INVALID_INPUT', `Invalid input: ${fields}`, fieldErrors);
    },
  });
}
