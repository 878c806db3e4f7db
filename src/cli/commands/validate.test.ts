import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { listChecks } from '../../engine/index';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const files = {
  ...catalogFiles(),
  '/package.json': JSON.stringify({ version: '1.2.3' }),
  'clean.json': JSON.stringify(
    { Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:list'] }] },
    null,
    2,
  ),
  'typo.json': [
    '{',
    '  "Version": "5.0",',
    '  "Statement": [',
    '    { "Effect": "Allow", "Action": ["ecs:cloudServers:gett"] }',
    '  ]',
    '}',
  ].join('\n'),
  'broad.json': JSON.stringify({
    Version: '5.0',
    Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
  }),
  'scp-with-condition.json': JSON.stringify({
    Version: '5.0',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['*'],
        Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
      },
    ],
  }),
  'not-json.json': '{ "Version": "5.0", ',
  'bare-string.json': JSON.stringify({
    Version: '5.0',
    Statement: [{ Effect: 'Allow', Action: 'ecs:cloudServers:list' }],
  }),
};

const validate = (...argv: string[]) =>
  runCli(['validate', ...argv], {
    files: {
      ...files,
      'dir with space/broad.json': files['broad.json'],
      '/abs/typo.json': files['typo.json'],
    },
    stdin: files['typo.json'],
  });

describe('validate', () => {
  it('exits 0 and says so when there are no findings', async () => {
    const result = await validate('clean.json');
    expect(result).toEqual({ code: 0, stdout: '1 file(s) checked: no findings\n', stderr: '' });
  });

  it('prints severity, code, line:column, message and hint; exit 2 on an ERROR', async () => {
    const result = await validate('clean.json', 'typo.json');
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'typo.json:4:37  ERROR  UNKNOWN_ACTION  `ecs:cloudServers:gett` is not an action of the Elastic Cloud Server catalog',
    );
    expect(lines[1]).toMatch(/^ {4}hint: did you mean `ecs:cloudServers:get`/);
    expect(lines.at(-2)).toBe('2 file(s) checked: 1 finding(s) (1 ERROR)');
  });

  it('exits 0 when the findings are only warnings', async () => {
    const result = await validate('broad.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^broad\.json:1:\d+ {2}SECURITY_WARNING {2}FULL_ACCESS_GRANT {2}/m,
    );
  });

  it('applies the SCP rules with --type scp', async () => {
    const asIdentity = await validate('scp-with-condition.json');
    expect(asIdentity.stdout).not.toContain('SCP_ALLOW_WITH_CONDITION');
    const asScp = await validate('scp-with-condition.json', '--type', 'scp');
    expect(asScp.code).toBe(2);
    expect(asScp.stdout).toMatch(/ {2}ERROR {2}SCP_ALLOW_WITH_CONDITION {2}/);
  });

  it('reports a file that is not JSON as a JSON_SYNTAX_ERROR finding', async () => {
    const result = await validate('not-json.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^not-json\.json:1:\d+ {2}ERROR {2}JSON_SYNTAX_ERROR {2}/m);
  });

  it('gives findings as JSON with 1-based positions and counts', async () => {
    const result = await validate('typo.json', '--json');
    const parsed = JSON.parse(result.stdout);
    expect(parsed.files[0].path).toBe('typo.json');
    expect(parsed.files[0].issues[0]).toMatchObject({
      code: 'UNKNOWN_ACTION',
      severity: 'ERROR',
      line: 4,
      column: 37,
      endLine: 4,
      endColumn: 60,
    });
    expect(parsed.counts).toEqual({ ERROR: 1, SECURITY_WARNING: 0, WARNING: 0, SUGGESTION: 0 });
  });

  it('gives findings as SARIF 2.1.0: rules per code, levels, regions, tool and catalogs', async () => {
    const result = await validate(
      'typo.json',
      'dir with space/broad.json',
      '/abs/typo.json',
      '-',
      '--format',
      'sarif',
    );
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout) as Log;
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'policy-workbench', version: '1.2.3' });
    expect(run?.properties).toEqual({
      catalogs: { version: '1.20250101.0badc0de', date: '2025-01-01' },
    });
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(listChecks().map((check) => check.code));
    const results = run?.results ?? [];
    const [typo, broad, absolute, stdin] = results;
    expect(typo).toEqual({
      ruleId: 'UNKNOWN_ACTION',
      ruleIndex: rules.findIndex((rule) => rule.id === 'UNKNOWN_ACTION'),
      level: 'error',
      message: {
        text: expect.stringMatching(
          /^`ecs:cloudServers:gett` is not an action of .+; hint: did you mean `ecs:cloudServers:get`/,
        ) as unknown,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'typo.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 37, endLine: 4, endColumn: 60 },
          },
        },
      ],
    });
    expect(rules[typo?.ruleIndex ?? -1]).toMatchObject({
      shortDescription: { text: expect.any(String) as unknown },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['actions'] },
    });
    expect(broad).toMatchObject({ ruleId: 'FULL_ACCESS_GRANT', level: 'warning' });
    expect(broad?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'dir%20with%20space/broad.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(rules[broad?.ruleIndex ?? -1]?.properties).toEqual({
      tags: expect.arrayContaining(['security']) as unknown,
      'security-severity': '7.0',
    });
    expect(absolute?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'file:///abs/typo.json',
    });
    expect(stdin?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      description: { text: 'standard input' },
    });
  });

  it('takes a SUGGESTION as a SARIF note', async () => {
    const result = await validate('bare-string.json', '--format', 'sarif');
    const [run] = (JSON.parse(result.stdout) as Log).runs;
    expect(run?.results?.map((r) => [r.ruleId, r.level])).toContainEqual([
      'STRING_NOT_ARRAY',
      'note',
    ]);
  });

  it.each([
    [['clean.json', '--format', 'xml'], '`--format` must be text, json or sarif, not `xml`'],
    [['clean.json', '--json', '--format', 'sarif'], '`--json` contradicts `--format sarif`'],
    [['missing.json'], 'cannot read `missing.json`: no such file or directory'],
    [[], 'missing FILE (see `policy-workbench validate --help`)'],
    [['clean.json', '--type', 'role'], '`--type` must be identity or scp, not `role`'],
  ])('bad input %j: one line, exit 64', async (argv, message) => {
    const result = await validate(...argv);
    expect(result).toEqual({ code: 64, stdout: '', stderr: `policy-workbench: ${message}\n` });
  });
});
