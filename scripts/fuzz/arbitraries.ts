/**
 * Inputs for the fuzz tests: valid-looking ones made from a channel's own zod schema (with ids that
 * exist in the sample data, so that calls get past "not found" into the code that writes), hostile
 * values of every kind, and mutations that break a valid input in one place.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** Ids that exist, by the name of the field that holds them (`teamId`), and all of them under `any`. */
export type IdPools = ReadonlyMap<string, readonly string[]>;

/** The parts of a zod schema's definition this module reads; zod 4 keeps them in `_zod.def`. */
interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: {
    _zod: {
      def: {
        check: string;
        minimum?: number;
        maximum?: number;
        value?: number;
        format?: string;
        pattern?: RegExp;
      };
    };
  }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def; // zod 4's own definition, read-only

/** Values no handler expects: each has broken something somewhere once. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '😀'.repeat(300),
    'x'.repeat(100_000),
    '../../../../etc/passwd',
    'C:\\Windows\\system.ini',
    "'; DROP TABLE teams; --",
    '=HYPERLINK("http://example.invalid","x")',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '2026-02-30',
    '9999-12-31T23:59:59.999Z',
    '00000000-0000-0000-0000-000000000000',
    -1,
    -0,
    0.1,
    2 ** 53,
    -(2 ** 63),
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    null,
    undefined,
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    Object.fromEntries([['__proto__', { polluted: true }]]),
    new Date(0),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.double(),
  fc.integer(),
);

const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

function stringArbitrary(def: Def, field: string, ids: IdPools): fc.Arbitrary<string> {
  const format = def.format ?? def.checks?.find((c) => c._zod.def.check === 'string_format')?._zod.def.format;
  if (format === 'uuid') {
    const own = ids.get(field) ?? [];
    const all = ids.get('any') ?? [];
    return fc.oneof(
      { weight: 6, arbitrary: own.length > 0 ? fc.constantFrom(...own) : fc.uuid() },
      { weight: 3, arbitrary: all.length > 0 ? fc.constantFrom(...all) : fc.uuid() },
      { weight: 1, arbitrary: fc.uuid() },
    );
  }
  if (format === 'date') return day;
  if (format === 'datetime') return instant;
  const pattern = def.pattern ?? def.checks?.find((c) => c._zod.def.pattern)?._zod.def.pattern;
  // fast-check matches without the `i` flag: the lowercase strings it makes still match.
  if (pattern) return fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace(/[^dgmsu]/g, '')));
  const minLength = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
  const maxLength = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum ?? 200;
  return fc.string({ minLength, maxLength: Math.min(maxLength, 400), unit: 'grapheme' });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = def.checks ?? [];
  const integer = checks.some((c) => c._zod.def.format === 'safeint');
  const min = checks.find((c) => c._zod.def.check === 'greater_than')?._zod.def.value ?? -1e6;
  const max = checks.find((c) => c._zod.def.check === 'less_than')?._zod.def.value ?? 1e6;
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
}

/** Inputs shaped like the schema: often valid, sometimes refused by a rule the shape cannot say. */
export function shapedLike(schema: z.ZodType, ids: IdPools, field = 'id'): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined, name = field) =>
    child ? shapedLike(child, ids, name) : fc.jsonValue({ maxDepth: 2 });
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, field, ids);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'optional':
    case 'default':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'array':
      return fc.array(inner(def.element), { maxLength: 6 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'pipe':
      return inner(def.in);
    case 'object': {
      const shape = def.shape ?? {};
      return fc
        .record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, inner(value, key)])))
        .map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

/** Every place in a value where a mutation can strike: the value itself and each nested key. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...children];
}

const clone = (value: unknown): unknown => structuredClone(value);

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : null;
}

export type Mutation = 'replace' | 'remove' | 'add' | 'wrap';

/** Breaks a value in one place: a part replaced by a hostile value, removed, an unknown key added. */
export function mutate(value: unknown, how: Mutation, at: number, hostile: unknown, key: string): unknown {
  const paths = pathsOf(value);
  const path = paths[at % paths.length] ?? [];
  if (how === 'wrap') return [value];
  if (path.length === 0) return how === 'replace' ? hostile : value;
  const root = clone(value);
  const parent = parentOf(root, path);
  const last = path.at(-1) as string | number;
  if (!parent) return hostile;
  if (how === 'replace') parent[last] = hostile;
  if (how === 'remove') Reflect.deleteProperty(parent, last);
  // Defined rather than assigned, so that `__proto__` becomes a key and not the prototype.
  if (how === 'add')
    Object.defineProperty(parent, key, {
      value: hostile,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

/** A valid-looking input, then broken in one place (or left as it is). */
export function mutatedFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      // Left valid two times in five, so that cases also reach the code behind validation.
      fc.constantFrom<Mutation | 'none'>(
        'none',
        'none',
        'none',
        'none',
        'replace',
        'replace',
        'remove',
        'add',
        'wrap',
        'replace',
      ),
      fc.nat(),
      hostileValue,
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'unexpected', 'id', ''),
    )
    .map(([value, how, at, hostile, key]) => (how === 'none' ? value : mutate(value, how, at, hostile, key)));
}
