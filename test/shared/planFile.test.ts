import { describe, expect, it } from 'vitest';
import { findPrototypeKey, planFileJsonSchema } from '@shared/planFile';

describe('the plan file format', () => {
  it('is published as the JSON Schema in resources/ (run vitest with -u after changing the schema)', async () => {
    await expect(`${JSON.stringify(planFileJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../resources/plan-file.schema.json',
    );
  });

  it('finds prototype keys at any depth, with their path', () => {
    expect(findPrototypeKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toBe('a.1.__proto__');
    expect(findPrototypeKey(JSON.parse('{"a":{"prototype":1}}'))).toBe('a.prototype');
    expect(findPrototypeKey({ a: [1, 'constructor', { b: null }] })).toBeNull();
  });
});
