import { describe, expect, it } from 'vitest';
import {
  FULL_ACCESS_SCP_ID,
  changesScenario,
  defaultScpChain,
  hasScenarioContent,
  newScpLevel,
  readScpChain,
} from './scenario-model';

describe('the default SCP chain', () => {
  it('is governed: the root and the account, each with the library FullAccess SCP', () => {
    expect(FULL_ACCESS_SCP_ID).toBe('scp-fullaccess');
    expect(defaultScpChain()).toEqual({
      governed: true,
      levels: [
        { name: 'Root', scpIds: ['scp-fullaccess'] },
        { name: 'Account', scpIds: ['scp-fullaccess'] },
      ],
    });
  });

  it('is a new value each time, so editing one chain never changes another', () => {
    const chain = defaultScpChain();
    chain.levels[0]?.scpIds.push('other');
    expect(defaultScpChain().levels[0]?.scpIds).toEqual(['scp-fullaccess']);
  });

  it('gives every new level FullAccess', () => {
    expect(newScpLevel('Dev OU')).toEqual({ name: 'Dev OU', scpIds: ['scp-fullaccess'] });
  });
});

describe('readScpChain', () => {
  it('accepts a chain and copies it', () => {
    const chain = { governed: true, levels: [{ name: 'Root', scpIds: ['a', 'b'] }] };
    const read = readScpChain(chain);
    expect(read).toEqual({ chain });
    expect('chain' in read && read.chain.levels[0]).not.toBe(chain.levels[0]);
  });

  it.each([
    [null],
    [{ governed: 'yes', levels: [] }],
    [{ governed: true, levels: [{ name: 'Root', scpIds: [1] }] }],
    [{ governed: true, levels: Array.from({ length: 11 }, () => ({ name: 'x', scpIds: [] })) }],
  ])('refuses %j', (value) => {
    expect(readScpChain(value)).toHaveProperty('problem');
  });
});

describe('hasScenarioContent', () => {
  it('is false for nothing, an empty chain and an empty context', () => {
    expect(hasScenarioContent({})).toBe(false);
    expect(hasScenarioContent({ scpChain: { governed: false, levels: [] }, context: {} })).toBe(
      false,
    );
  });

  it('is true for a governed chain, a level or a context value', () => {
    expect(hasScenarioContent({ scpChain: { governed: true, levels: [] } })).toBe(true);
    expect(
      hasScenarioContent({ scpChain: { governed: false, levels: [{ name: 'Root', scpIds: [] }] } }),
    ).toBe(true);
    expect(hasScenarioContent({ context: { k: 'v' } })).toBe(true);
  });
});

describe('changesScenario', () => {
  const current = { scpChain: defaultScpChain(), context: { 'g:UserName': 'alice' } };

  it('is false for what the workspace already has, or for nothing', () => {
    expect(changesScenario({ scpChain: defaultScpChain() }, current)).toBe(false);
    expect(changesScenario({ scpChain: defaultScpChain(), context: {} }, current)).toBe(false);
    expect(changesScenario({ context: { 'g:UserName': 'alice' } }, current)).toBe(false);
    expect(changesScenario({}, current)).toBe(false);
  });

  it('is true for another chain, another level name or SCP, or another context', () => {
    expect(changesScenario({ scpChain: { governed: false, levels: [] } }, current)).toBe(true);
    const renamed = defaultScpChain();
    renamed.levels[0] = { name: 'Org root', scpIds: ['scp-fullaccess'] };
    expect(changesScenario({ scpChain: renamed }, current)).toBe(true);
    const more = defaultScpChain();
    more.levels[1]?.scpIds.push('deny-sharing');
    expect(changesScenario({ scpChain: more }, current)).toBe(true);
    expect(changesScenario({ context: { 'g:UserName': 'bob' } }, current)).toBe(true);
  });
});
