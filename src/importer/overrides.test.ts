import { describe, expect, it } from 'vitest';
import { validateOverrides } from './overrides';

describe('validateOverrides', () => {
  it('accepts corrections that each carry a reason', () => {
    const data = {
      lineCorrections: [{ file: 'a.txt', find: 'OST /x', replace: ['POST /x'], reason: 'lost P' }],
      serviceNames: { ecs: { name: 'Elastic Cloud Server', reason: 'not printed' } },
    };
    expect(validateOverrides(data)).toEqual({ ok: true, value: data });
  });

  it('rejects a correction without a reason or replacement, and a name without a reason', () => {
    const result = validateOverrides({
      lineCorrections: [{ file: 'a.txt', find: 'x', replace: [], reason: '' }],
      serviceNames: { ecs: { name: 'Elastic Cloud Server' } },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'lineCorrections[0].reason: expected a non-empty string',
        'lineCorrections[0].replace: expected a non-empty array of strings',
        'serviceNames.ecs: expected { name, reason } strings',
      ],
    });
  });

  it('rejects something that is not an overrides file', () => {
    expect(validateOverrides([]).ok).toBe(false);
    expect(validateOverrides({}).ok).toBe(false);
  });
});
