import { describe, expect, it } from 'vitest';
import { applyCompletion, at, pick } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { complete } from './complete';

const policy = (actions: string, version = '5.0') =>
  `{"Version":"${version}","Statement":[{"Effect":"Allow","Action":${actions}}]}`;

function items(fixture: string) {
  const { text, offset } = at(fixture);
  return complete(text, offset, { policyType: 'identity', catalogs: FIXTURE_CATALOGS });
}

function accept(fixture: string, label: string): string {
  const { text } = at(fixture);
  return applyCompletion(text, pick(items(fixture), label));
}

describe('action names, stage 1: services', () => {
  it('offers the service prefixes of the 5.0 model and the full wildcard', () => {
    const offered = items(policy('["|"]'));
    expect(offered.map((i) => i.label)).toEqual(['ecs:', 'ims:', '*']);
    expect(pick(offered, 'ims:').detail).toBe('6 actions');
    expect(pick(offered, 'ims:').documentation).toBe('Image Management Service');
    expect(pick(offered, '*').detail).toBe('9 actions');
  });

  it('offers only the legacy services in a 1.1 policy', () => {
    expect(items(policy('["|"]', '1.1')).map((i) => i.label)).toEqual(['ecs:', '*']);
  });

  it('inserts the prefix, keeps the cursor in the string and asks for the next stage', () => {
    const service = pick(items(policy('["im|"]')), 'ims:');
    expect(service.retrigger).toBe(true);
    expect(service.insertText).toBe('"ims:$0"');
    expect(service.filterText).toBe('"ims:');
    expect(accept(policy('["im|"]'), 'ims:')).toBe(policy('["ims:"]'));
  });

  it('wraps the value in a list right after the colon', () => {
    expect(accept(policy('|'), 'ims:')).toBe(policy('["ims:"]'));
  });

  it('completes a name typed without quotes in a list', () => {
    expect(accept(policy('[ims|]'), 'ims:')).toBe(policy('["ims:"]'));
    expect(pick(items(policy('[ims|]')), 'ims:').filterText).toBe('ims:');
  });

  it('completes in a second list entry and in an unterminated string', () => {
    expect(accept(policy('["ecs:cloudServers:get", "|"]'), 'ims:')).toBe(
      policy('["ecs:cloudServers:get", "ims:"]'),
    );
    const unterminated = '{"Version":"5.0","Statement":[{"Action":["im|\n]}]}';
    expect(accept(unterminated, 'ims:')).toBe(
      '{"Version":"5.0","Statement":[{"Action":["ims:"\n]}]}',
    );
  });

  it('completes NotAction like Action', () => {
    const text = '{"Version":"5.0","Statement":[{"Effect":"Deny","NotAction":["|"]}]}';
    expect(items(text).map((i) => i.label)).toContain('ims:');
  });
});

describe('action names, stage 2: resource segments', () => {
  it('offers the segments with counts, the service wildcard and verb wildcards', () => {
    const offered = items(policy('["ims:|"]'));
    expect(offered.map((i) => [i.label, i.detail])).toEqual([
      ['ims:images:', '5 actions'],
      ['ims:quotas:', '1 action'],
      ['ims:*', '6 actions'],
      ['ims:*:get*', '2 actions'],
      ['ims:*:list*', '2 actions'],
    ]);
    expect(pick(offered, 'ims:*:get*').documentation).toBe(
      'Covers 2 actions:\nims:images:get\nims:images:getQuota',
    );
  });

  it('matches the typed service case-insensitively', () => {
    expect(items(policy('["IMS:|"]')).map((i) => i.label)).toContain('ims:images:');
  });

  it('completes a wildcard resource segment like the service wildcard: operations and verbs', () => {
    const expected = [
      ['ims:*:list', '2 actions'],
      ['ims:*:get', '1 action'],
      ['ims:*:getQuota', '1 action'],
      ['ims:*:create', '1 action'],
      ['ims:*:share', '1 action'],
      ['ims:*:get*', '2 actions'],
      ['ims:*:list*', '2 actions'],
    ];
    expect(items(policy('["ims:*:|"]')).map((i) => [i.label, i.detail])).toEqual(expected);
    expect(items(policy('["ims:*:g|"]')).map((i) => [i.label, i.detail])).toEqual(expected);
    expect(accept(policy('["ims:*:g|"]'), 'ims:*:get*')).toBe(policy('["ims:*:get*"]'));
  });

  it('offers nothing for an unknown service', () => {
    expect(items(policy('["nope:|"]'))).toEqual([]);
  });
});

describe('action names, stage 3: operations', () => {
  it('offers each operation with its access level and description', () => {
    const offered = items(policy('["ims:images:|"]'));
    expect(offered.map((i) => i.label)).toEqual([
      'ims:images:list',
      'ims:images:get',
      'ims:images:getQuota',
      'ims:images:create',
      'ims:images:share',
      'ims:images:*',
      'ims:images:get*',
    ]);
    const get = pick(offered, 'ims:images:get');
    expect(get.detail).toBe('read');
    expect(get.documentation).toBe(
      'Grants permission to query an image\nAccess level: read\nResource types: image (required)',
    );
    expect(pick(offered, 'ims:images:share').detail).toBe('permission management');
    expect(pick(offered, 'ims:images:*').detail).toBe('5 actions');
  });

  it('replaces the typed text with the chosen action and does not ask again', () => {
    const offered = items(policy('["ims:images:ge|"]'));
    expect(pick(offered, 'ims:images:get').retrigger).toBe(false);
    expect(accept(policy('["ims:images:ge|"]'), 'ims:images:get')).toBe(
      policy('["ims:images:get"]'),
    );
  });

  it('shows the 1.1 catalog without access levels', () => {
    const offered = items(policy('["ecs:cloudServers:|"]', '1.1'));
    expect(pick(offered, 'ecs:cloudServers:delete').detail).toBe('no access level (1.1)');
  });

  it('offers no action names before the catalogs load', () => {
    const { text, offset } = at(policy('["|"]'));
    expect(complete(text, offset, { policyType: 'identity', catalogs: null })).toEqual([]);
  });
});
