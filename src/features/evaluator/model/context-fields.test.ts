import { describe, expect, it } from 'vitest';
import { createCatalogLookup } from '../../../engine';
import { checkContextValue, contextFields, engineContext, withFieldValue } from './context-fields';
import type { ContextField } from './context-fields';
import { policyUsage } from '../../../analysis';
import { IMS_CATALOG, policy } from './testing/fixture-catalog';

const lookup = createCatalogLookup(
  [IMS_CATALOG],
  [
    {
      name: 'g:SourceIp',
      type: 'ip_address',
      multiValued: false,
      description: '',
      confidence: 'H',
      models: ['5.0'],
      sources: [],
    },
  ],
);
const field = (type: ContextField['type'], multiValued = false): ContextField => ({
  key: 'k',
  type,
  multiValued,
  description: '',
});

describe('context fields', () => {
  it('offers a field per key the policies test, typed by the catalogs or else by the operator', () => {
    const usage = policyUsage(
      [
        policy([
          {
            Effect: 'Allow',
            Action: ['ims:images:get'],
            Condition: {
              Bool: { 'ims:Encrypted': ['true'] },
              IpAddress: { 'g:SourceIp': ['192.0.2.0/24'] },
              'ForAnyValue:StringEquals': { 'g:TagKeys': ['team'] },
              DateLessThan: { 'g:CurrentTime': ['2030-01-01T00:00:00Z'] },
            },
          },
        ]),
      ],
      ['ims'],
    );
    expect(
      contextFields(usage.keys, lookup, '5.0').map((f) => [f.key, f.type, f.multiValued]),
    ).toEqual([
      ['g:CurrentTime', 'date', false],
      ['g:SourceIp', 'ip_address', false],
      ['g:TagKeys', 'string', true],
      ['ims:Encrypted', 'boolean', false],
    ]);
  });

  it('checks each value against its type, as the user types', () => {
    expect(checkContextValue(field('ip_address'), '192.0.2.1')).toBeNull();
    expect(checkContextValue(field('ip_address'), '192.0.2')).toBe(
      '`192.0.2` is not an IP address such as `192.0.2.10`',
    );
    expect(checkContextValue(field('boolean'), 'yes')).toBe('`yes` is not `true` or `false`');
    expect(checkContextValue(field('number'), '8, 9')).toBe('`8, 9` is not a number such as `8`');
    expect(checkContextValue(field('number', true), '8, x')).toBe(
      '`x` is not a number such as `8`',
    );
    expect(checkContextValue(field('date'), '2025-13-01')).toMatch(/is not an ISO 8601 date/);
    expect(checkContextValue(field('string'), 'anything')).toBeNull();
  });

  it('stores typed text as values, removes emptied keys, and leaves invalid values out of the engine', () => {
    const list = { ...field('string', true), key: 'g:TagKeys' };
    const ip = { ...field('ip_address'), key: 'g:SourceIp' };
    let context = withFieldValue({}, list, ' team, owner ,');
    context = withFieldValue(context, ip, '10.0.0');
    expect(context).toEqual({ 'g:TagKeys': ['team', 'owner'], 'g:SourceIp': '10.0.0' });
    expect(engineContext(context, [list, ip])).toEqual({
      context: { 'g:TagKeys': ['team', 'owner'] },
      ignored: [
        { key: 'g:SourceIp', problem: '`10.0.0` is not an IP address such as `192.0.2.10`' },
      ],
    });
    expect(withFieldValue(context, list, '  ')).toEqual({ 'g:SourceIp': '10.0.0' });
  });
});
