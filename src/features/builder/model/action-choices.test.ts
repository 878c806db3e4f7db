import { describe, expect, it } from 'vitest';
import type { CatalogAction, ServiceCatalog } from '../../../catalog';
import { createPolicyCatalogs } from '../../../language';
import { FIXTURE_CATALOGS } from '../../../language/testing/fixture-catalogs';
import { buildActionChecklist, tickActions, untickActions } from './action-choices';

const { lookup } = FIXTURE_CATALOGS;
const checklist = (entries: string[], extra: string[] = []) =>
  buildActionChecklist(entries, extra, lookup, '5.0');

const ticked = (entries: string[]) =>
  checklist(entries)
    .sections.flatMap((s) => s.levels.flatMap((l) => l.choices))
    .filter((c) => c.coveredBy.length > 0)
    .map((c) => c.action.name);

describe('the action checklist', () => {
  it('groups a service’s actions by access level and ticks the ones the entries match', () => {
    const [section] = checklist(['ims:images:list', 'ims:*:get*']).sections;
    expect(section?.serviceName).toBe('Image Management Service');
    expect(section?.levels.map((l) => l.level)).toEqual([
      'list',
      'read',
      'write',
      'permission_management',
    ]);
    expect(ticked(['ims:images:list', 'ims:*:get*'])).toEqual([
      'ims:images:list',
      'ims:images:get',
      'ims:images:getQuota',
    ]);
  });

  it('opens an empty section for a service the user picked, and lists what it cannot show', () => {
    const { sections, others } = checklist(['*', 'ims:images:nosuch'], ['ecs']);
    expect(sections.map((s) => s.service)).toEqual(['ecs']);
    expect(others).toEqual([
      { entry: '*', matches: 9 },
      { entry: 'ims:images:nosuch', matches: 0 },
    ]);
    expect(sections[0]?.levels.flatMap((l) => l.choices).every((c) => c.broadOnly)).toBe(true);
  });

  it('suggests a wildcard only when it matches exactly actions that are all ticked', () => {
    const entries = ['ims:images:list', 'ims:images:get', 'ims:images:getQuota'];
    expect(checklist(entries).sections[0]?.suggestions).toEqual([
      { pattern: 'ims:images:get*', replaces: ['ims:images:get', 'ims:images:getQuota'] },
    ]);
    const all = lookup.actionsOf('ims', '5.0').map((a) => a.name);
    expect(checklist(all).sections[0]?.suggestions.map((s) => s.pattern)).toEqual(['ims:*']);
  });

  it('ticks by appending, unticks by removing, and rewrites a wildcard it must narrow', () => {
    const entries = ['ims:images:*', 'ecs:cloudServers:list'];
    const choices = checklist(entries).sections[1]?.levels.flatMap((l) => l.choices) ?? [];
    const get = choices.filter((c) => c.action.name === 'ims:images:get');
    expect(untickActions(get, entries, lookup, '5.0')).toEqual({
      remove: ['ims:images:*'],
      add: ['ims:images:list', 'ims:images:getQuota', 'ims:images:create', 'ims:images:share'],
    });
    const quotas = choices.filter((c) => c.action.name === 'ims:quotas:list');
    expect(tickActions(quotas)).toEqual({ remove: [], add: ['ims:quotas:list'] });
  });
});

describe('the action checklist over aliases (an action and its aliases are the same action)', () => {
  const source = { file: 'test.txt', line: 1 };
  const action = (name: string, aliases: string[]): CatalogAction => ({
    name,
    description: name,
    accessLevel: 'write',
    resourceTypes: [],
    conditionKeys: [],
    aliases,
    notes: [],
    source,
  });
  // SMS's shape: two actions answer to one legacy name, a third to none.
  const sms: ServiceCatalog = {
    schemaVersion: 1,
    id: 'sms-5.0',
    service: 'sms',
    serviceName: 'SMS',
    model: '5.0',
    coverage: 'complete',
    sources: [],
    actions: [
      action('sms:server:register', ['sms:server:registerServer']),
      action('sms:server:unlock', []),
      action('sms:server:updateDiskInfo', ['sms:server:registerServer']),
    ],
    apis: [],
    resourceTypes: [],
    conditionKeys: [],
    warnings: [],
  };
  const smsLookup = createPolicyCatalogs([sms], []).lookup;
  const choicesOf = (entries: string[]) =>
    buildActionChecklist(entries, [], smsLookup, '5.0').sections.flatMap((s) =>
      s.levels.flatMap((l) => l.choices),
    );
  const answering = sms.actions
    .filter((a) => a.aliases.includes('sms:server:registerServer'))
    .map((a) => a.name);

  it('ticks every action an alias entry reaches', () => {
    const covered = choicesOf(['sms:server:registerServer'])
      .filter((c) => c.coveredBy.length > 0)
      .map((c) => c.action.name);
    expect(covered).toEqual(answering);
    expect(covered).toEqual(['sms:server:register', 'sms:server:updateDiskInfo']);
  });

  it('unticking one of them keeps the others the alias stood for', () => {
    const entries = ['sms:server:registerServer'];
    const register = choicesOf(entries).filter((c) => c.action.name === 'sms:server:register');
    expect(untickActions(register, entries, smsLookup, '5.0')).toEqual({
      remove: ['sms:server:registerServer'],
      add: ['sms:server:updateDiskInfo'],
    });
  });
});
