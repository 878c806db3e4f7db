import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileActionPattern, expandActionPattern, matchAction } from './action';

const catalogActions = [
  'ecs:cloudServers:showServer',
  'ecs:cloudServers:list',
  'ecs:cloudServers:createServers',
  'ims:images:list',
  'ims:images:share',
  'iam:users:getUser',
  'iam:users:listUsers',
];

describe('action matching', () => {
  it.each([
    ['*', 'ecs:cloudServers:list', true],
    ['ecs:*', 'ecs:cloudServers:list', true],
    ['ecs:*:*', 'ecs:cloudServers:list', true],
    ['ecs:*:list', 'ecs:cloudServers:list', true],
    ['ECS:CloudServers:LIST', 'ecs:cloudServers:list', true],
    ['ecs:cloudServers:list', 'ECS:CLOUDSERVERS:LIST', true],
    ['iam:*:get*', 'iam:users:getUser', true],
    ['iam:*:get*', 'iam:users:listUsers', false],
    ['ecs:cloudServers:lis?', 'ecs:cloudServers:list', true],
    ['ecs:cloudServers:li?', 'ecs:cloudServers:list', false],
    ['ecs:cloudServers:list', 'ecs:cloudServers:listAll', false],
    ['ecs:cloudServers:list', 'xecs:cloudServers:list', false],
    ['ecs.cloudServers.list', 'ecs:cloudServers:list', false],
    ['ecs:*', 'ecsx:a:b', false],
    ['*:*:list', 'ecs:cloudServers:list', true],
    ['*:*:*', 'ecs:list', false],
  ])('`%s` against `%s` is %s', (pattern, action, expected) => {
    expect(matchAction(pattern, action)).toBe(expected);
    expect(compileActionPattern(pattern).test(action)).toBe(expected);
  });

  it('records the literal service prefix only when the first segment has no wildcard', () => {
    expect(compileActionPattern('ECS:*:get*').service).toBe('ecs');
    expect(compileActionPattern('ec?:*:*').service).toBeNull();
    expect(compileActionPattern('*').service).toBeNull();
    expect(compileActionPattern('e*s:a:b').service).toBeNull();
  });

  it('notes the use of `?`', () => {
    expect(compileActionPattern('ecs:*:lis?').usesQuestionMark).toBe(true);
    expect(compileActionPattern('ecs:*:list').usesQuestionMark).toBe(false);
  });

  it('expands a wildcard into the catalog actions it matches, in catalog order', () => {
    expect(expandActionPattern('ecs:*:*', catalogActions)).toEqual([
      'ecs:cloudServers:showServer',
      'ecs:cloudServers:list',
      'ecs:cloudServers:createServers',
    ]);
    expect(expandActionPattern('*:*:list', catalogActions)).toEqual([
      'ecs:cloudServers:list',
      'ims:images:list',
    ]);
    expect(expandActionPattern('IAM:USERS:GET*', catalogActions)).toEqual(['iam:users:getUser']);
    expect(expandActionPattern('obs:*', catalogActions)).toEqual([]);
  });

  it('a service-literal pattern never matches an action of another service', () => {
    const segment = fc.stringMatching(/^[a-zA-Z*?]{1,6}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,5}$/), segment, segment, (service, a, b) => {
        const matcher = compileActionPattern(`${service}:${a}:${b}`);
        const other = `${service}x:${a.replace(/[*?]/g, 'q')}:${b.replace(/[*?]/g, 'q')}`;
        expect(matcher.test(other)).toBe(false);
      }),
    );
  });

  it('every expanded action matches the pattern and every other one does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('*', 'ecs:*', '*:*:list', 'iam:*:get*', 'ims:images:?ist'),
        (p) => {
          const expanded = new Set(expandActionPattern(p, catalogActions));
          for (const action of catalogActions)
            expect(matchAction(p, action)).toBe(expanded.has(action));
        },
      ),
    );
  });
});
