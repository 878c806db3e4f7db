import { describe, expect, it } from 'vitest';
import { policyUsage } from './policy-usage';
import { policy } from './testing/fixture-catalog';

describe('policyUsage', () => {
  const available = ['ecs', 'evs', 'ims'];

  it('lists the services the actions name, expanding wildcards over the catalogs', () => {
    expect(
      policyUsage([policy([{ Effect: 'Allow', Action: ['IMS:images:get', 'e?s:*:*'] }])], available)
        .services,
    ).toEqual(['ecs', 'evs', 'ims']);
    expect(
      policyUsage([policy([{ Effect: 'Allow', Action: ['obs:object:get'] }])], available).services,
    ).toEqual([]);
  });

  it('treats NotAction as naming every service, and survives unreadable text', () => {
    const texts = [policy([{ Effect: 'Allow', NotAction: ['ims:*'] }]), '{ not json'];
    expect(policyUsage(texts, available).services).toEqual(available);
  });

  it('collects condition keys once, case-insensitively, with set operators marking lists', () => {
    const texts = [
      policy([
        { Effect: 'Allow', Action: ['ims:*'], Condition: { StringEquals: { 'g:UserName': 'a' } } },
      ]),
      policy([
        {
          Effect: 'Deny',
          Action: ['ims:*'],
          Condition: {
            'ForAllValues:StringEquals': { 'G:USERNAME': ['a'] },
            NumberLessThan: { 'g:Age': '3' },
          },
        },
      ]),
    ];
    expect(policyUsage(texts, available).keys).toEqual([
      { key: 'g:Age', setOperator: false, operatorType: 'number' },
      { key: 'g:UserName', setOperator: true, operatorType: 'string' },
    ]);
  });
});
