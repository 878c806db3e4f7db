import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actionService,
  compileActionPattern,
  expandActionPattern,
  matchAction,
  matchedName,
  type ActionNames,
} from './action';

const catalogNames = [
  'ecs:cloudServers:showServer',
  'ecs:cloudServers:list',
  'ecs:cloudServers:createServers',
  'ims:images:list',
  'ims:images:share',
  'iam:users:getUser',
  'iam:users:listUsers',
];
const catalogActions: ActionNames[] = catalogNames.map((name) => ({ name, aliases: [] }));
const names = (actions: readonly ActionNames[]) => actions.map((action) => action.name);

/** SMS's shape: actions of several resource types answer to two legacy `server` names. */
const aliased: ActionNames[] = [
  { name: 'sms:template:create', aliases: ['sms:server:migrationServer'] },
  { name: 'sms:template:get', aliases: ['sms:server:queryServer'] },
  { name: 'sms:server:list', aliases: ['sms:server:queryServer'] },
  { name: 'eip:publicIps:create', aliases: ['vpc:publicIps:create'] },
  { name: 'sms:server:collectLog', aliases: [] },
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
    expect(matchAction(pattern, action, [])).toBe(expected);
    expect(compileActionPattern(pattern).test(action)).toBe(expected);
  });

  it('records the literal service prefix only when the first segment has no wildcard', () => {
    expect(compileActionPattern('ECS:*:get*').service).toBe('ecs');
    expect(compileActionPattern('ec?:*:*').service).toBeNull();
    expect(compileActionPattern('*').service).toBeNull();
    expect(compileActionPattern('e*s:a:b').service).toBeNull();
    expect(compileActionPattern('ecs').service).toBeNull();
    // An empty first segment is a literal one: only names of the empty service can match.
    expect(compileActionPattern(':a:b').service).toBe('');
  });

  it.each([
    ['ECS:cloudServers:list', 'ecs'],
    ['ecs:*', 'ecs'],
    ['Ecs', 'ecs'],
    [':a:b', ''],
  ])('reads the service of `%s` as `%s`', (action, service) => {
    expect(actionService(action)).toBe(service);
  });

  it('notes the use of `?`', () => {
    expect(compileActionPattern('ecs:*:lis?').usesQuestionMark).toBe(true);
    expect(compileActionPattern('ecs:*:list').usesQuestionMark).toBe(false);
  });

  it('expands a wildcard into the catalog actions it matches, in catalog order', () => {
    expect(names(expandActionPattern('ecs:*:*', catalogActions))).toEqual([
      'ecs:cloudServers:showServer',
      'ecs:cloudServers:list',
      'ecs:cloudServers:createServers',
    ]);
    expect(names(expandActionPattern('*:*:list', catalogActions))).toEqual([
      'ecs:cloudServers:list',
      'ims:images:list',
    ]);
    expect(names(expandActionPattern('IAM:USERS:GET*', catalogActions))).toEqual([
      'iam:users:getUser',
    ]);
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
            expect(matchAction(p, action.name, action.aliases)).toBe(expanded.has(action));
        },
      ),
    );
  });
});

describe('aliases are the same action (reference §5 rule 6)', () => {
  it('a pattern matching an alias applies to the action', () => {
    expect(
      matchAction('sms:server:migrationServer', 'sms:template:create', [
        'sms:server:migrationServer',
      ]),
    ).toBe(true);
    expect(
      matchAction('SMS:SERVER:MIGRATIONSERVER', 'sms:template:create', [
        'sms:server:migrationServer',
      ]),
    ).toBe(true);
    expect(matchAction('sms:server:migrationServer', 'sms:template:create', [])).toBe(false);
  });

  it('names the matching name: the action itself first, else the alias', () => {
    const matcher = compileActionPattern('sms:*');
    expect(matchedName(matcher, 'sms:template:create', ['sms:server:migrationServer'])).toBe(
      'sms:template:create',
    );
    expect(
      matchedName(compileActionPattern('vpc:*:*'), 'eip:publicIps:create', [
        'vpc:publicIps:create',
      ]),
    ).toBe('vpc:publicIps:create');
    expect(matchedName(compileActionPattern('vpc:*:*'), 'eip:publicIps:create', [])).toBeNull();
  });

  it('a wildcard reaches the actions whose alias it matches, in their order', () => {
    expect(names(expandActionPattern('sms:server:query*', aliased))).toEqual([
      'sms:template:get',
      'sms:server:list',
    ]);
    expect(names(expandActionPattern('sms:server:*', aliased))).toEqual([
      'sms:template:create',
      'sms:template:get',
      'sms:server:list',
      'sms:server:collectLog',
    ]);
    expect(names(expandActionPattern('VPC:*:*', aliased))).toEqual(['eip:publicIps:create']);
  });

  it('an action without aliases is reached by its own name only', () => {
    expect(names(expandActionPattern('sms:server:collect*', aliased))).toEqual([
      'sms:server:collectLog',
    ]);
    expect(names(expandActionPattern('sms:server:migrationServer', aliased))).toEqual([
      'sms:template:create',
    ]);
  });
});
