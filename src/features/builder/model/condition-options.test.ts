import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../../language/testing/fixture-catalogs';
import {
  checkConditionValue,
  concreteKeyName,
  conditionKeyOptions,
  operatorGroups,
} from './condition-options';

const { lookup } = FIXTURE_CATALOGS;
function action(name: string) {
  const found = lookup.action(name, '5.0');
  if (!found) throw new Error(`no action ${name}`);
  return found;
}

function keyNamed(name: string) {
  const found = conditionKeyOptions(null, FIXTURE_CATALOGS, '5.0').find((k) => k.name === name);
  if (!found) throw new Error(`no key ${name}`);
  return found;
}

describe('condition options', () => {
  it('offers the keys the actions list plus the global keys that describe any request', () => {
    const names = conditionKeyOptions([action('ims:images:get')], FIXTURE_CATALOGS, '5.0').map(
      (k) => k.name,
    );
    expect(names).toEqual([
      'ims:Encrypted',
      'g:CurrentTime',
      'g:MFAPresent',
      'g:ResourceTag/<tag-key>',
      'g:SourceIp',
      'g:TagKeys',
    ]);
    // g:EnterpriseProjectId is listed by ims:images:list only, so it is not offered here.
    expect(names).not.toContain('g:EnterpriseProjectId');
  });

  it('limits operators to the key type and offers set operators only for multi-valued keys', () => {
    const groups = operatorGroups(keyNamed('g:MFAPresent'));
    expect(groups.map((g) => g.operators)).toEqual([['Bool'], ['BoolIfExists'], ['Null']]);
    expect(operatorGroups(keyNamed('g:TagKeys')).flatMap((g) => g.operators)).toContain(
      'ForAnyValue:StringEquals',
    );
  });

  it('checks values by the operator’s type', () => {
    expect(checkConditionValue('Bool', 'yes')).toBe('`yes` is neither true nor false');
    expect(checkConditionValue('NumberLessThan', '12a')).toBe('`12a` is not a number');
    expect(checkConditionValue('IpAddressIfExists', '10.0.0.0/8')).toBeNull();
    expect(checkConditionValue('IpAddress', '10.0.0')).toBe(
      '`10.0.0` is not an IP address or CIDR block',
    );
    expect(checkConditionValue('DateLessThan', '2025-02-30T00:00:00Z')).toMatch(/not an ISO 8601/);
    expect(checkConditionValue('StringEquals', ' ')).toBe('a value cannot be empty');
  });

  it('fills a key family’s placeholder with the tag key', () => {
    expect(concreteKeyName(keyNamed('g:ResourceTag/<tag-key>'), ' owner ')).toBe(
      'g:ResourceTag/owner',
    );
  });
});
