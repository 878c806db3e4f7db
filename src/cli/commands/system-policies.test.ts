import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SystemPolicyComparison } from '../../engine/index';
import { runCli } from '../testing/memory-io';

/** The committed catalogs, as the in-memory world's default catalogs directory. */
const dir = fileURLToPath(new URL('../../../catalogs/', import.meta.url));
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [`/catalogs/${name}`, readFileSync(dir + name, 'utf8')]),
);

const DETAILS =
  '    - `ecs:cloudServers:showServer` (GET /v1/{project_id}/cloudservers/{server_id}) is not matched by `ecs:*:get*`, which matches `ecs:cloudServers:get`, its alias in `ecs-5.0`';

describe('system-policies', () => {
  it('lists the system policies with their documented operations and warnings', async () => {
    const result = await runCli(['system-policies'], { files });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +KIND +MODEL +PROVENANCE +DOCUMENTED OPS +WARNINGS$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ecs-readonlyaccess +ECS ReadOnlyAccess +policy +1\.1 +documented +21 /,
      ),
    );
    const listed = JSON.parse((await runCli(['system-policies', '--json'], { files })).stdout);
    const common = listed.policies.find(
      (policy: { id: string }) => policy.id === 'ecs-commonoperations',
    );
    expect(common.warnings).toContainEqual(
      expect.objectContaining({ code: 'ACTION_NOT_IN_CATALOG', subject: 'ecs:blockDevice:use' }),
    );
  });

  it('--compare explains each difference and exits 1 when a documented cell differs', async () => {
    const result = await runCli(['system-policies', '--compare'], { files });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      'ECS CommonOperations (ecs-commonoperations): 19 of 21 operations agree',
    );
    expect(lines).toContain('ECS ReadOnlyAccess (ecs-readonlyaccess): 20 of 21 operations agree');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^! +Querying ECS details +supported +not supported +ecs:cloudServers:showServer$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ +Remotely logging in .* +not supported \(VNC login not supported\) +not supported +ecs:cloudServers:vnc$/,
      ),
    );
    expect(lines.filter((line) => line === DETAILS)).toHaveLength(2);
    expect(lines).toContain(
      '    - `ecs:cloudServers:batchSetServerTags` (POST /v1/{project_id}/cloudservers/{server_id}/tags/action) is not matched by `ecs:servers:setTags`',
    );
    expect(lines.at(-2)).toBe('60 of 63 documented cells agree; 3 differ');
  });

  it('is listed in the overview help with the exit code a difference gives', async () => {
    const overview = (await runCli(['--help'])).stdout;
    expect(overview).toMatch(/^ {2}system-policies +list the system policies/m);
    const exitCodes = overview.slice(overview.indexOf('Exit codes:')).replace(/\s+/g, ' ');
    expect(exitCodes).toContain('system-policies --compare: a documented cell differs;');
  });

  it('--compare --policy exits 0 when every cell of the chosen policies agrees', async () => {
    const result = await runCli(['system-policies', '--compare', '--policy', 'ecs-fullaccess'], {
      files,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n21 of 21 documented cells agree; 0 differ\n$/);
  });

  it('--compare --json gives the cells, the differences and every comparison', async () => {
    const result = await runCli(['system-policies', '--compare', '--json'], { files });
    const output = JSON.parse(result.stdout) as {
      cells: number;
      differences: number;
      policies: SystemPolicyComparison[];
    };
    expect([output.cells, output.differences]).toEqual([63, 3]);
    const readOnly = output.policies.find((policy) => policy.policyId === 'ecs-readonlyaccess');
    const details = readOnly?.operations.find(
      (operation) => operation.operation === 'Querying ECS details',
    );
    expect(details).toMatchObject({ agrees: false, computed: 'not-supported' });
    expect(details?.apis[0]?.row?.action).toBe('ecs:cloudServers:showServer');
  });

  it('names the known policies when --policy names another, and says so without a table', async () => {
    const unknown = await runCli(['system-policies', '--compare', '--policy', 'ecs-nope'], {
      files,
    });
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(
      /^policy-workbench: no system policy `ecs-nope` \(known: .*ecs-fullaccess/,
    );
    const none = await runCli(['system-policies', '--compare', '--policy', 'scp-fullaccess'], {
      files,
    });
    expect(none).toEqual({
      code: 0,
      stdout: 'no system policy documents a table of common operations\n',
      stderr: '',
    });
  });
});
