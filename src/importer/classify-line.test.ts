import { describe, expect, it } from 'vitest';
import { classifyLine } from './classify-line';

describe('classifyLine recognises what a line is from its shape', () => {
  it.each([
    ['ims:images:list', { kind: 'action', name: 'ims:images:list' }],
    ['sms::getConfig', { kind: 'action', name: 'sms::getConfig' }],
    [
      '云硬盘：evs:volumeTags:list',
      { kind: 'labelled-action', label: '云硬盘', name: 'evs:volumeTags:list' },
    ],
    [
      'GET /v2/cloudimages',
      { kind: 'api', method: 'GET', path: '/v2/cloudimages', notes: [], knownMethod: true },
    ],
    [
      'POST /v2/cloudimages/quickimport/action (required only for quickly importing a data disk image)',
      {
        kind: 'api',
        method: 'POST',
        path: '/v2/cloudimages/quickimport/action',
        notes: ['required only for quickly importing a data disk image'],
        knownMethod: true,
      },
    ],
    ['OST /v2/x', { kind: 'api', method: 'OST', path: '/v2/x', notes: [], knownMethod: false }],
    [
      'POST / v1/{project_id}/ports',
      {
        kind: 'api',
        method: 'POST',
        path: '/ v1/{project_id}/ports',
        notes: [],
        knownMethod: true,
      },
    ],
    [
      'ims:serverImages:create（仅企业项目迁移需要）',
      { kind: 'labelled-action', label: '仅企业项目迁移需要', name: 'ims:serverImages:create' },
    ],
    ['x', { kind: 'scope', allowed: false }],
    ['(cut)', { kind: 'marker', marker: 'capture-end', text: 'captured copy ends here (cut)' }],
    ['-', { kind: 'dash' }],
    ['(empty)', { kind: 'empty-cell' }],
    ['无', { kind: 'no-action' }],
    ['write', { kind: 'access-level', level: 'write' }],
    ['Tagging', { kind: 'access-level', level: 'tagging' }],
    ['permission_management', { kind: 'access-level', level: 'permission_management' }],
    ['g:ResourceTag/<tag-key>', { kind: 'condition-key', name: 'g:ResourceTag/<tag-key>' }],
    ['bms:Flavorld', { kind: 'condition-key', name: 'bms:Flavorld' }],
    ['sms::<account-id>:server:*', { kind: 'urn', urn: 'sms::<account-id>:server:*' }],
    [
      'ECS:$region:$domainId:instance:$instanceId',
      { kind: 'urn', urn: 'ECS:$region:$domainId:instance:$instanceId' },
    ],
    ['image *', { kind: 'resource-type', name: 'image', required: true }],
    ['template', { kind: 'resource-type', name: 'template', required: false }],
    ['√', { kind: 'scope', allowed: true }],
    ['×', { kind: 'scope', allowed: false }],
    ['Supported', { kind: 'scope', allowed: true }],
    [
      'Not supported (VNC login not supported)',
      { kind: 'scope', allowed: false, note: 'VNC login not supported' },
    ],
    [
      '[captured copy ends here, mid-word: "evs::getDef"]',
      {
        kind: 'marker',
        marker: 'capture-end',
        text: 'captured copy ends here, mid-word: "evs::getDef"',
      },
    ],
    ['[cut off: "ims:imag"]', { kind: 'marker', marker: 'cell-cut', text: 'cut off: "ims:imag"' }],
    [
      '[permission name not in captured copy]',
      { kind: 'marker', marker: 'cell-missing', text: 'permission name not in captured copy' },
    ],
    ['创建云服务器时新创建弹性公网IP', { kind: 'text', text: '创建云服务器时新创建弹性公网IP' }],
    [
      'Grants permission to list templates.',
      { kind: 'text', text: 'Grants permission to list templates.' },
    ],
  ])('`%s`', (line, expected) => {
    expect(classifyLine(line)).toEqual(expected);
  });
});
