import { describe, expect, it } from 'vitest';
import { restoreEvaluatorSettings } from './evaluator-model';

describe('evaluator settings from storage', () => {
  const valid = {
    identityDraftIds: ['a'],
    unknownContext: false,
    services: null,
    resourceScope: { region: 'cn-north-4', accountId: '', resourceId: '' },
    compareScpChain: null,
    expectations: {
      a: [{ id: 'e1', target: { kind: 'action', action: 'ims:images:get' }, expect: 'allowed' }],
    },
  };

  it('restores valid settings as they were', () => {
    expect(restoreEvaluatorSettings(valid)).toEqual({ state: valid, problems: [] });
  });

  it('keeps what is readable and names what is not', () => {
    const restored = restoreEvaluatorSettings({
      ...valid,
      unknownContext: 'yes',
      resourceScope: { region: 3 },
      expectations: {
        a: [valid.expectations.a[0], { target: { kind: 'service' }, expect: 'allowed' }],
      },
    });
    expect(restored.state.identityDraftIds).toEqual(['a']);
    expect(restored.state.unknownContext).toBeUndefined();
    expect(restored.state.expectations).toEqual(valid.expectations);
    expect(restored.problems).toEqual([
      'the saved "any request" switch is not readable',
      'the saved resource scope is not readable',
      'saved expectation 2 names no API, action or service it is about',
    ]);
    expect(restoreEvaluatorSettings('nope').problems).toEqual([
      'the saved evaluator settings are not an object',
    ]);
  });
});
