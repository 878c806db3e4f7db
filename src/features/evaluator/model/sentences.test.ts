import { describe, expect, it } from 'vitest';
import type { StatementRef } from '../../../engine';
import { describeRef, joinWords, nameLevels } from './sentences';

const ref = (over: Partial<StatementRef>): StatementRef => ({
  layer: 'identity',
  policyId: 'p',
  policyName: 'Readers',
  scpLevel: null,
  statementIndex: 2,
  sid: null,
  effect: 'Allow',
  range: { offset: 0, length: 1, path: [] },
  ...over,
});

describe('sentences', () => {
  it('names statements by Sid, else by index, with their draft or SCP level', () => {
    expect(describeRef(ref({ sid: 'Read' }), [])).toBe('statement 3 (`Read`) of draft `Readers`');
    expect(
      describeRef(ref({ layer: 'scp', policyName: 'No sharing', scpLevel: 1 }), ['Root', 'OU']),
    ).toBe('statement 3 of SCP `No sharing` at OU');
  });

  it('puts the user’s level names into engine reasons', () => {
    expect(nameLevels('no SCP at level 1 allows `x`', ['Root', 'Dev OU'])).toBe(
      'no SCP at SCP level `Dev OU` allows `x`',
    );
    expect(nameLevels('SCP level 0 has no SCPs', ['Root'])).toBe('SCP level `Root` has no SCPs');
    expect(nameLevels('level 5', ['Root'])).toBe('level 5');
  });

  it('joins words as a sentence', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
