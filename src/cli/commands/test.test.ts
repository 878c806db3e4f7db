import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const policy = (statements: object[]) => JSON.stringify({ Version: '5.0', Statement: statements });

/** An expectations file as the evaluator panel exports it. */
const expectationsFile = (statements: object[], expectations: object[]) =>
  JSON.stringify({
    app: 'policy-workbench',
    kind: 'expectations',
    version: 1,
    suites: [
      {
        name: 'Server readers',
        identityPolicies: [{ id: 'd1', name: 'Server readers', text: policy(statements) }],
        scps: [
          [
            {
              id: 'scp-fullaccess',
              name: 'FullAccess',
              text: policy([{ Effect: 'Allow', Action: ['*'] }]),
            },
          ],
        ],
        context: {},
        unknownContext: true,
        expectations,
      },
    ],
  });

const readsAllowed = {
  id: 'e1',
  target: { kind: 'service', service: 'ecs', accessLevel: 'read' },
  expect: 'allowed',
};
const createDenied = {
  id: 'e2',
  target: { kind: 'api', service: 'ecs', api: 'POST /v1/{project_id}/cloudservers' },
  expect: 'denied',
};

const run = (file: string, ...options: string[]) =>
  runCli(['test', 'expectations.json', ...options], {
    files: { ...catalogFiles(), 'expectations.json': file },
  });

describe('test', () => {
  it('exits 0 when every expectation holds', async () => {
    const result = await run(
      expectationsFile(
        [{ Effect: 'Allow', Action: ['ecs:cloudServers:get'] }],
        [readsAllowed, createDenied],
      ),
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        'Server readers\n' +
        '  pass  every read API of ECS must be allowed\n' +
        '  pass  `POST /v1/{project_id}/cloudservers` of ECS must be denied\n' +
        '2 expectations: 2 passed, 0 failed\n',
      stderr: '',
    });
  });

  it('exits 1 and says why when an expectation fails', async () => {
    const result = await run(
      expectationsFile([{ Effect: 'Allow', Action: ['ecs:*:*'] }], [readsAllowed, createDenied]),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  FAIL  `POST /v1/{project_id}/cloudservers` of ECS must be denied\n',
    );
    // The one dependency missing is needed only when an EIP is created with the server.
    expect(result.stdout).toContain(
      '        POST /v1/{project_id}/cloudservers: conditional: `ecs:cloudServers:create` is allowed but not its conditional dependencies `vpc:publicIps:create` (creating an EIP with the server)\n',
    );
    expect(result.stdout).toContain('2 expectations: 1 passed, 1 failed\n');
  });

  it('is listed in the overview help with the exit code a failed expectation gives', async () => {
    const overview = (await runCli(['--help'])).stdout;
    expect(overview).toMatch(/^ {2}test +check the expectations exported from the app/m);
    const exitCodes = overview.slice(overview.indexOf('Exit codes:')).replace(/\s+/g, ' ');
    expect(exitCodes).toContain(
      '1 evaluate: not allowed, diff: something changed, test: an expectation failed,',
    );
  });

  it('prints the results as JSON for machines', async () => {
    const result = await run(expectationsFile([], [readsAllowed]), '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.failed).toBe(1);
    expect(json.suites[0].results[0]).toMatchObject({
      sentence: 'every read API of ECS must be allowed',
      passed: false,
      failures: [
        { subject: 'GET /v1/{project_id}/cloudservers/{server_id}', status: 'implicit-deny' },
      ],
    });
  });

  it('refuses a file that is not JSON or not an expectations file, with exit 64', async () => {
    expect(await run('{ nope')).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: `expectations.json` is not JSON\n',
    });
    const foreign = await run(
      JSON.stringify({ app: 'policy-workbench', kind: 'workspace', version: 1 }),
    );
    expect(foreign.code).toBe(64);
    expect(foreign.stderr).toBe(
      'policy-workbench: `expectations.json` cannot be checked: it is not a Policy Workbench expectations file\n',
    );
  });
});
