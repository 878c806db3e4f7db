import { describe, expect, it } from 'vitest';
import { FULL_ACCESS_SCP_ID } from '../../../stores/scenario-model';
import { libraryScps, resolveScpChain, scpOptions } from './policy-set';
import type { DraftLike } from './policy-set';

const drafts: DraftLike[] = [
  { id: 'a', name: 'Readers', policyType: 'identity', text: '{}' },
  { id: 's', name: 'No sharing', policyType: 'scp', text: '{"Statement": []}' },
  { id: 'b', name: 'Writers', policyType: 'identity', text: '{}' },
];

describe('policy set', () => {
  it('always has FullAccess in the library, even before the system policies load', () => {
    expect(libraryScps(undefined).map((p) => [p.id, p.name])).toEqual([
      [FULL_ACCESS_SCP_ID, 'FullAccess'],
    ]);
    expect(scpOptions(drafts, libraryScps(undefined)).map((o) => `${o.source}:${o.name}`)).toEqual([
      'draft:No sharing',
      'library:FullAccess',
    ]);
  });

  it('resolves each level to SCP texts and reports ids that name nothing', () => {
    const chain = {
      governed: true,
      levels: [
        { name: 'Root', scpIds: [FULL_ACCESS_SCP_ID] },
        { name: 'Account', scpIds: ['s', 'a', 'deleted'] },
      ],
    };
    const resolved = resolveScpChain(chain, drafts, libraryScps(undefined));
    expect(resolved.scps.map((level) => level.map((p) => p.name))).toEqual([
      ['FullAccess'],
      ['No sharing'],
    ]);
    expect(resolved.levelNames).toEqual(['Root', 'Account']);
    expect(resolved.missing).toEqual([
      { level: 'Account', id: 'a' },
      { level: 'Account', id: 'deleted' },
    ]);
    expect(resolveScpChain({ ...chain, governed: false }, drafts, [])).toEqual({
      scps: [],
      levelNames: [],
      missing: [],
    });
  });
});
