import { describe, expect, it } from 'vitest';
import { checkSuite, expectationFile, readExpectationFile } from './expectation-suite';
import type { ExpectationSuite } from './expectation-suite';
import { IMS_CATALOG, policy } from '../features/evaluator/model/testing/fixture-catalog';

const suite: ExpectationSuite = {
  name: 'Image readers',
  identityPolicies: [
    {
      id: 'd1',
      name: 'Image readers',
      text: policy([{ Effect: 'Allow', Action: ['ims:images:*'] }]),
    },
  ],
  scps: [
    [
      { id: 'fa', name: 'FullAccess', text: policy([{ Effect: 'Allow', Action: ['*'] }]) },
      {
        id: 's1',
        name: 'No deletes',
        text: policy([{ Effect: 'Deny', Action: ['ims:images:delete'] }]),
      },
    ],
  ],
  context: { 'g:RequestedRegion': 'cn-north-4' },
  unknownContext: false,
  expectations: [
    {
      id: 'e1',
      target: { kind: 'api', service: 'ims', api: 'DELETE /v2/images/{image_id}' },
      expect: 'denied',
    },
    {
      id: 'e2',
      target: { kind: 'service', service: 'ims', accessLevel: 'write' },
      expect: 'allowed',
    },
  ],
};

describe('expectation files', () => {
  it('round-trip through JSON and check the same way', () => {
    const read = readExpectationFile(JSON.parse(JSON.stringify(expectationFile([suite]))));
    expect(read).toEqual({ ok: true, suites: [suite] });
    const results = checkSuite(suite, [IMS_CATALOG]);
    expect(results.map((r) => r.passed)).toEqual([true, false]);
    expect(results[1]?.failures.map((f) => f.status)).toEqual(['denied-by-scp']);
  });

  it('refuse a foreign, newer or broken file with every problem named', () => {
    expect(readExpectationFile({ app: 'other' })).toEqual({
      ok: false,
      problems: ['it is not a Policy Workbench expectations file'],
    });
    expect(readExpectationFile({ ...expectationFile([suite]), version: 2 })).toEqual({
      ok: false,
      problems: ['it has version `2`, this tool reads version 1'],
    });
    const broken = {
      ...expectationFile([suite]),
      suites: [
        {
          ...suite,
          identityPolicies: [{ name: 'x' }],
          scps: 'none',
          unknownContext: 'yes',
          expectations: [
            { target: { kind: 'api', service: 'ims' }, expect: 'allowed' },
            { expect: 'maybe' },
          ],
        },
      ],
    };
    expect(readExpectationFile(broken)).toEqual({
      ok: false,
      problems: [
        'suite 1: identity policy 1 has no policy text',
        'suite 1: `scps` is not a list of levels',
        'suite 1: `unknownContext` is not true or false',
        'suite 1: expectation 1 names no API, action or service it is about',
        'suite 1: expectation 2 names no API, action or service it is about',
      ],
    });
  });
});
