import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const files = catalogFiles();

describe('expand', () => {
  it('lists the matching actions with their access levels, case-insensitively', async () => {
    const result = await runCli(['expand', 'ECS:cloudservers:*e*'], { files });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'ACTION                   ACCESS LEVEL',
      '-----------------------  ------------',
      'ecs:cloudServers:create  write',
      'ecs:cloudServers:get     read',
      'ecs:cloudServers:delete  write',
      '3 5.0 action(s) match `ECS:cloudservers:*e*`',
      '',
    ]);
  });

  it('uses the 1.1 catalogs with --model 1.1', async () => {
    const result = await runCli(['expand', 'ecs:*:create*', '--model', '1.1', '--json'], { files });
    expect(JSON.parse(result.stdout)).toEqual({
      pattern: 'ecs:*:create*',
      model: '1.1',
      actions: [{ name: 'ecs:cloudServers:createServers', accessLevel: null }],
    });
  });

  it('lists what a pattern reaches through an alias, with the alias', async () => {
    const result = await runCli(['expand', 'ecs:*:remove*'], { files });
    expect(result.stdout.split('\n')).toEqual([
      'ACTION                   ACCESS LEVEL  THROUGH ALIAS',
      '-----------------------  ------------  -----------------------',
      'ecs:cloudServers:delete  write         ecs:cloudServers:remove',
      '1 5.0 action(s) match `ecs:*:remove*`, 1 through an alias',
      '',
    ]);
    const json = await runCli(['expand', 'ecs:cloudServers:*', '--json'], { files });
    expect(JSON.parse(json.stdout).actions).toContainEqual({
      name: 'ecs:cloudServers:delete',
      accessLevel: 'write',
    });
    const alias = await runCli(['expand', 'ecs:cloudServers:remove', '--json'], { files });
    expect(JSON.parse(alias.stdout).actions).toEqual([
      {
        name: 'ecs:cloudServers:delete',
        accessLevel: 'write',
        throughAlias: 'ecs:cloudServers:remove',
      },
    ]);
  });

  it('says so when nothing matches', async () => {
    const result = await runCli(['expand', 'ecs:disks:*'], { files });
    expect(result).toEqual({
      code: 0,
      stdout: 'no 5.0 action matches `ecs:disks:*`\n',
      stderr: '',
    });
  });
});

describe('actions', () => {
  it('lists every action of a service with resource types and keys', async () => {
    const result = await runCli(['actions', '--service', 'ECS'], { files });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^ACTION +ACCESS LEVEL +RESOURCE TYPES +CONDITION KEYS$/);
    expect(lines[2]).toMatch(/^ecs:cloudServers:create +write +instance\* +g:EnterpriseProjectId$/);
    expect(lines).toContain('4 action(s)');
  });

  it('keeps only actions whose name or description contains every search word', async () => {
    const result = await runCli(
      ['actions', '--service', 'ecs', '--search', 'SERVER details', '--json'],
      {
        files,
      },
    );
    const names = JSON.parse(result.stdout).actions.map((action: { name: string }) => action.name);
    expect(names).toEqual(['ecs:cloudServers:get']);
  });
});

describe('apis', () => {
  it('lists the APIs with their action and dependencies', async () => {
    const result = await runCli(['apis', '--service', 'ecs'], { files });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^POST +\/v1\/\{project_id\}\/cloudservers +ecs:cloudServers:create +ecs:cloudServers:list, vpc:publicIps:create \(when creating an EIP with the server\)$/m,
    );
    expect(result.stdout).toMatch(
      /^GET +\/v1\/\{project_id\}\/cloudservers\/\{server_id\} +ecs:cloudServers:get +-$/m,
    );
    expect(result.stdout.endsWith('2 API(s)\n')).toBe(true);
  });

  it('prints the catalog APIs as JSON with --json', async () => {
    const result = await runCli(['apis', '--service', 'ecs', '--json'], { files });
    const parsed = JSON.parse(result.stdout);
    expect(parsed.apis.map((api: { action: string }) => api.action)).toEqual([
      'ecs:cloudServers:create',
      'ecs:cloudServers:get',
    ]);
  });
});
