import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';
import { maskBundle } from './mask-ids';

const ACCOUNT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const OTHER = 'ffeeddccbbaa99887766554433221100';

const policyText = `{
  "Version": "5.0",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ims:images:get"],
      "Resource": ["ims:cn-north-4:${ACCOUNT}:image:4c1e8f7a-6d1b-4bd5-9c79-3d1d4f0a2b11", "ims:*:${OTHER}:image:*"],
      "Condition": { "StringEquals": { "g:PrincipalAccount": ["${ACCOUNT}"], "g:ProjectName": ["cn-north-4"] } }
    }
  ]
}
`;

const bundle = (text = policyText): WorkspaceBundle => ({
  drafts: [{ id: 'd1', name: `Images of ${ACCOUNT}`, policyType: 'identity', text }],
  expectations: {
    d1: [
      {
        id: 'e1',
        target: { kind: 'api', service: 'ims', api: `GET /v1/${ACCOUNT}/images/{image_id}` },
        expect: 'allowed',
      },
      {
        id: 'e2',
        target: { kind: 'action', action: 'ims:images:delete' },
        expect: 'denied',
      },
    ],
  },
  scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['d1'] }] },
  context: {
    'g:PrincipalUrn': `iam::${ACCOUNT}:user:alice`,
    'g:PrincipalAccount': ACCOUNT,
    'g:TagKeys': ['team', OTHER],
  },
});

const resource = (b: WorkspaceBundle) => JSON.parse(b.drafts[0]?.text ?? '').Statement[0].Resource;

describe('maskBundle', () => {
  it('masks account ids consistently in URNs, account-valued keys, 32-hex values and names', () => {
    const masked = maskBundle(bundle(), { accountIds: true, resourceIds: false });
    expect(resource(masked)).toEqual([
      'ims:cn-north-4:masked-account-1:image:4c1e8f7a-6d1b-4bd5-9c79-3d1d4f0a2b11',
      'ims:*:masked-account-2:image:*',
    ]);
    const condition = JSON.parse(masked.drafts[0]?.text ?? '').Statement[0].Condition;
    expect(condition).toEqual({
      StringEquals: { 'g:PrincipalAccount': ['masked-account-1'], 'g:ProjectName': ['cn-north-4'] },
    });
    expect(masked.context).toEqual({
      'g:PrincipalUrn': 'iam::masked-account-1:user:alice',
      'g:PrincipalAccount': 'masked-account-1',
      'g:TagKeys': ['team', 'masked-account-2'],
    });
    expect(masked.drafts[0]?.name).toBe('Images of masked-account-1');
    expect(masked.expectations.d1?.map((e) => e.target)).toEqual([
      { kind: 'api', service: 'ims', api: 'GET /v1/masked-account-1/images/{image_id}' },
      { kind: 'action', action: 'ims:images:delete' },
    ]);
    expect(JSON.stringify(masked)).not.toContain(ACCOUNT);
  });

  it('masks resource ids but keeps a `*` resource segment', () => {
    const masked = maskBundle(bundle(), { accountIds: false, resourceIds: true });
    expect(resource(masked)).toEqual([
      `ims:cn-north-4:${ACCOUNT}:image:masked-resource-1`,
      `ims:*:${OTHER}:image:*`,
    ]);
    expect(masked.context?.['g:PrincipalUrn']).toBe(`iam::${ACCOUNT}:user:masked-resource-2`);
  });

  it('keeps the policy text formatting, and works on text that is not valid JSON', () => {
    const masked = maskBundle(bundle(), { accountIds: true, resourceIds: true });
    expect(masked.drafts[0]?.text.split('\n').length).toBe(policyText.split('\n').length);
    const broken = `{ "Resource": ["ims:*:${ACCOUNT}:image:abc"], `;
    expect(
      maskBundle(bundle(broken), { accountIds: true, resourceIds: true }).drafts[0]?.text,
    ).toBe('{ "Resource": ["ims:*:masked-account-1:image:masked-resource-1"], ');
  });

  it('leaves actions, wildcards, regions and the SCP chain alone, and everything when nothing is masked', () => {
    const masked = maskBundle(bundle(), { accountIds: true, resourceIds: true });
    expect(masked.drafts[0]?.text).toContain('"ims:images:get"');
    expect(masked.drafts[0]?.text).toContain('"cn-north-4"');
    expect(masked.scpChain).toEqual(bundle().scpChain);
    const original = bundle();
    expect(maskBundle(original, { accountIds: false, resourceIds: false })).toBe(original);
  });

  it('masks the resource scope with the pseudonyms its ids got in the drafts, and leaves the rest of the settings alone', () => {
    const image = '4c1e8f7a-6d1b-4bd5-9c79-3d1d4f0a2b11';
    const evaluation = {
      activeDraftId: 'd1',
      identityDraftIds: ['d1'],
      unknownContext: false,
      services: ['ims'],
      resourceScope: { region: 'cn-north-4', accountId: ` ${ACCOUNT}`, resourceId: image },
    };
    const scoped = { ...bundle(), evaluation };
    const masked = maskBundle(scoped, { accountIds: true, resourceIds: true });
    // The draft's URN became ims:cn-north-4:masked-account-1:image:masked-resource-1.
    expect(resource(masked)[0]).toBe('ims:cn-north-4:masked-account-1:image:masked-resource-1');
    expect(masked.evaluation).toEqual({
      ...evaluation,
      resourceScope: {
        region: 'cn-north-4',
        accountId: 'masked-account-1',
        resourceId: 'masked-resource-1',
      },
    });
    expect(JSON.stringify(masked)).not.toContain(ACCOUNT);
    expect(JSON.stringify(masked)).not.toContain(image);

    const accountsOnly = maskBundle(
      {
        ...scoped,
        evaluation: { resourceScope: { region: '', accountId: OTHER, resourceId: `x-${ACCOUNT}` } },
      },
      { accountIds: true, resourceIds: false },
    );
    expect(accountsOnly.evaluation?.resourceScope).toEqual({
      region: '',
      accountId: 'masked-account-2',
      resourceId: 'x-masked-account-1',
    });
    const resourcesOnly = maskBundle(scoped, { accountIds: false, resourceIds: true });
    expect(resourcesOnly.evaluation?.resourceScope).toEqual({
      region: 'cn-north-4',
      accountId: ` ${ACCOUNT}`,
      resourceId: 'masked-resource-1',
    });
    const wild = { region: '', accountId: '*', resourceId: '*' };
    expect(
      maskBundle(
        { ...scoped, evaluation: { resourceScope: wild } },
        { accountIds: true, resourceIds: true },
      ).evaluation?.resourceScope,
    ).toEqual(wild);
    expect('evaluation' in maskBundle(bundle(), { accountIds: true, resourceIds: true })).toBe(
      false,
    );
  });

  it('still masks account ids in a draft nested too deep to read', () => {
    const deep = `{"Resource":${'['.repeat(40)}"ims:*:${ACCOUNT}:image:abc"${']'.repeat(40)}}`;
    const masked = maskBundle(bundle(deep), { accountIds: true, resourceIds: true });
    expect(masked.drafts[0]?.text).not.toContain(ACCOUNT);
    expect(masked.drafts[0]?.text).toContain('masked-account-1');
  });
});
