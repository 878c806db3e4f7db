import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../catalog/index';
import type { Overrides } from './overrides';
import { FIXTURE_HASH, importTexts, onlyCatalog } from './test-support';

const FILE = 'v5-scp-table.txt';
const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');
const at = (line: number) => ({ file: FILE, line });

const overrides: Overrides = {
  lineCorrections: [
    {
      file: FILE,
      find: 'OST /v2/images/tags/action',
      replace: ['POST /v2/images/tags/action'],
      reason: 'the P is lost',
    },
    { file: FILE, find: 'dis:Flavorld', replace: ['dis:FlavorId'], reason: 'l printed for I' },
  ],
  serviceNames: {},
};

const expected: ServiceCatalog = {
  schemaVersion: 1,
  id: 'dis-5.0',
  service: 'dis',
  serviceName: 'Demo Image Service',
  model: '5.0',
  coverage: 'complete',
  sources: [{ file: FILE, updatedOn: '2024-06-01', sha256: FIXTURE_HASH }],
  actions: [
    {
      name: 'dis:image:export',
      description: 'Grants permission to export images.',
      accessLevel: 'read',
      resourceTypes: [{ type: 'image', required: false }],
      conditionKeys: [],
      aliases: [],
      notes: [],
      source: at(38),
    },
    {
      name: 'dis:images:setTags',
      description: 'Grants permission to update image tags.',
      accessLevel: 'tagging',
      resourceTypes: [{ type: 'image', required: true }],
      conditionKeys: ['g:RequestTag/<tag-key>', 'dis:FlavorId'],
      aliases: [],
      notes: [],
      source: at(27),
    },
    {
      name: 'dis:images:share',
      description: 'Grants permission to share images.',
      accessLevel: 'permission_management',
      resourceTypes: [{ type: 'image', required: false }],
      conditionKeys: ['dis:TargetOrgPaths'],
      aliases: [],
      notes: [],
      source: at(17),
    },
  ],
  apis: [
    {
      id: 'POST /v2/images/{image_id}/members',
      method: 'POST',
      path: '/v2/images/{image_id}/members',
      action: 'dis:images:share',
      dependencies: [{ action: 'dis:images:get' }],
      notes: [],
      source: at(56),
    },
    {
      id: 'POST /v1/images/{image_id}/file',
      method: 'POST',
      path: '/v1/images/{image_id}/file',
      action: 'dis:image:export',
      dependencies: [{ action: 'obs:object:GetObject' }],
      notes: [],
      source: at(62),
    },
    {
      id: 'POST /v2/images/quickimport/action',
      method: 'POST',
      path: '/v2/images/quickimport/action',
      action: 'dis:images:setTags',
      dependencies: [],
      notes: ['required only for quickly importing a data disk image'],
      source: at(67),
    },
    {
      id: 'POST /v2/images/tags/action',
      method: 'POST',
      path: '/v2/images/tags/action',
      action: 'dis:images:setTags',
      dependencies: [],
      notes: [],
      source: at(68),
    },
  ],
  resourceTypes: [
    { name: 'image', urnPatterns: ['dis:<region>:<account-id>:image:<image-id>'], source: at(80) },
  ],
  conditionKeys: [
    {
      name: 'dis:FlavorId',
      type: 'boolean',
      multiValued: false,
      description: 'Whether the flavor is known.',
      source: at(104),
    },
    {
      name: 'dis:TargetOrgPaths',
      type: 'string',
      multiValued: true,
      description: 'Filters access based on the organization path.',
      source: at(96),
    },
  ],
  warnings: [
    {
      code: 'RESOURCE_TYPE_AS_URN',
      message:
        'the resource-type cells of 2 actions (first `dis:images:share`) give the URN `dis:<region>:<account-id>:image:<image-id>` instead of a type name; read as the resource type with that URN, `image`',
      subject: 'image',
      source: at(23),
    },
    {
      code: 'OVERRIDE_APPLIED',
      message: 'printed `dis:Flavorld`, read as `dis:FlavorId`: l printed for I',
      subject: 'dis:FlavorId',
      source: at(36),
    },
    {
      code: 'SUSPECT_RESOURCE_SEGMENT',
      message:
        '`dis:image:export` uses the segment `image` where more actions use `images`; kept as printed',
      subject: 'dis:image:export',
      source: at(38),
    },
    {
      code: 'UNKNOWN_DEPENDENCY',
      message:
        'dependency `dis:images:get` of `POST /v2/images/{image_id}/members` is not an action of this catalog',
      subject: 'dis:images:get',
      source: at(56),
    },
    {
      code: 'OVERRIDE_APPLIED',
      message:
        'printed `OST /v2/images/tags/action`, read as `POST /v2/images/tags/action`: the P is lost',
      subject: 'POST /v2/images/tags/action',
      source: at(68),
    },
    {
      code: 'OVERRIDE_APPLIED',
      message: 'printed `dis:Flavorld`, read as `dis:FlavorId`: l printed for I',
      subject: 'dis:FlavorId',
      source: at(104),
    },
  ],
};

describe('golden: a v5 SCP table without Alias column, URN resource cells and merged API bullets', () => {
  it('produces exactly the expected catalog, with every override recorded', () => {
    const result = importTexts({ [FILE]: text }, overrides);
    expect(onlyCatalog(result).catalog).toEqual(expected);
    expect(result.problems).toEqual([]);
  });

  it('counts API lines and API rows apart: one row may list several APIs', () => {
    const built = onlyCatalog(importTexts({ [FILE]: text }, overrides));
    expect(built.apiRows).toBe(3);
    expect(built.catalog.apis).toHaveLength(4);
  });

  it('without the override keeps `OST` as printed and says it is no HTTP method', () => {
    const { catalog } = onlyCatalog(importTexts({ [FILE]: text }));
    expect(catalog.apis.find((api) => api.source.line === 68)?.method).toBe('OST');
    expect(catalog.warnings).toContainEqual({
      code: 'UNKNOWN_HTTP_METHOD',
      message:
        'API line `OST /v2/images/tags/action` starts with `OST`, which is no HTTP method; kept as printed',
      source: at(68),
    });
  });

  it('reports an override that matches no line as an import problem', () => {
    const stale: Overrides = {
      lineCorrections: [{ file: FILE, find: 'no such line', replace: ['x'], reason: 'r' }],
      serviceNames: {},
    };
    expect(importTexts({ [FILE]: text }, stale).problems).toEqual([
      `override for ${FILE} matched no line: \`no such line\``,
    ]);
  });
});
