import { describe, expect, it } from 'vitest';
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
