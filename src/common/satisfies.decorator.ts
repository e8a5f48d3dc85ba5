import { registerDecorator } from 'class-validator';

/** Bridges a pure domain check (returns an error message or null) into class-validator. */
export function Satisfies(check: (value: unknown) => string | null) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: `satisfies_${check.name}`,
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => check(value) === null,
        defaultMessage: (args) => check(args?.value) ?? 'invalid value',
      },
    });
}
