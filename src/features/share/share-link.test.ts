import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';
import {
  createShareFragment,
  MAX_SHARE_BYTES,
  readShareFragment,
  SHARE_FRAGMENT_PREFIX,
} from './share-link';

const bundle: WorkspaceBundle = {
  drafts: [
    {
      id: 'a',
      name: 'Read-only IMS',
      policyType: 'identity',
      text: '{"Version":"5.0","Statement":[]}',
    },
    { id: 'b', name: 'Deny sharing 中文', policyType: 'scp', text: '{\n  "Version": "5.0"\n}' },
  ],
  expectations: {
    a: [
      {
        id: 'e1',
        target: { kind: 'api', service: 'ims', api: 'DELETE /v2/images/{image_id}' },
        expect: 'denied',
      },
      {
        id: 'e2',
        target: { kind: 'service', service: 'ims', accessLevel: 'read' },
        expect: 'allowed',
      },
    ],
  },
  scpChain: { governed: true, levels: [{ name: 'Root', scpIds: ['b'] }] },
  context: { 'g:TagKeys': ['team'], 'g:RequestedRegion': 'cn-north-4' },
};
const noMask = { accountIds: false, resourceIds: false };

/** A fragment carrying `value` as its JSON payload, as a crafted link would. */
const fragmentOf = (value: unknown) =>
  `${SHARE_FRAGMENT_PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const envelope = (extra: object) => ({
  app: 'policy-workbench',
  kind: 'share',
  version: 1,
  ...bundle,
  ...extra,
});

function fragment(b: WorkspaceBundle, mask = noMask): string {
  const created = createShareFragment(b, mask);
  if (!created.ok) throw new Error(created.message);
  return created.fragment;
}

describe('share links', () => {
  it('round-trips drafts, their expectations, SCP chain and context', () => {
    expect(readShareFragment(fragment(bundle))).toEqual({ ok: true, bundle, masked: noMask });
  });

  it('opens a link made before expectations travelled, with none', () => {
    const { expectations: _none, ...older } = envelope({});
    expect(readShareFragment(fragmentOf(older))).toEqual({
      ok: true,
      bundle: { ...bundle, expectations: {} },
      masked: noMask,
    });
  });

  it('round-trips the evaluator’s settings with the drafts evaluated', () => {
    const evaluated: WorkspaceBundle = {
      ...bundle,
      evaluation: {
        activeDraftId: 'b',
        lastIdentityDraftId: 'a',
        identityDraftIds: ['a'],
        unknownContext: false,
        services: ['ims'],
        resourceScope: { region: 'cn-north-4', accountId: 'acct1', resourceId: 'img-1' },
      },
    };
    expect(readShareFragment(fragment(evaluated))).toEqual({
      ok: true,
      bundle: evaluated,
      masked: noMask,
    });
  });

  it('opens a link made before the evaluator’s settings travelled, without them', () => {
    const read = readShareFragment(fragmentOf(envelope({})));
    expect(read).toEqual({ ok: true, bundle, masked: noMask });
    expect(read.ok && 'evaluation' in read.bundle).toBe(false);
  });

  it('opens a link whatever its evaluation part holds, unless its texts look like markup', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              activeDraftId: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.jsonValue()),
              identityDraftIds: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'c')), fc.jsonValue()),
              unknownContext: fc.jsonValue(),
              services: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
              resourceScope: fc.oneof(
                fc.record({ region: fc.string(), accountId: fc.jsonValue() }, { requiredKeys: [] }),
                fc.jsonValue(),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        (part) => {
          const result = readShareFragment(fragmentOf(envelope({ evaluation: part })));
          if (result.ok) expect(result.bundle.drafts).toEqual(bundle.drafts);
          else expect(result.details).toEqual([expect.stringMatching(/resource scope|service/)]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts the expectations in the size limit', () => {
    const text = 'x'.repeat(MAX_SHARE_BYTES - 2_000);
    const draft = { id: 'x', name: 'Near the limit', policyType: 'identity' as const, text };
    const fits: WorkspaceBundle = {
      drafts: [draft],
      expectations: {},
      scpChain: null,
      context: null,
    };
    expect(createShareFragment(fits, noMask)).toMatchObject({ ok: true });
    const many = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      target: { kind: 'action' as const, action: `ims:images:action${i}` },
      expect: 'denied' as const,
    }));
    expect(createShareFragment({ ...fits, expectations: { x: many } }, noMask)).toMatchObject({
      ok: false,
    });
  });

  it('says which ids were masked', () => {
    const result = readShareFragment(fragment(bundle, { accountIds: true, resourceIds: false }));
    expect(result).toMatchObject({ ok: true, masked: { accountIds: true, resourceIds: false } });
  });

  it('refuses to create a link larger than the limit', () => {
    const big: WorkspaceBundle = {
      ...bundle,
      drafts: [{ id: 'x', name: 'Big', policyType: 'identity', text: 'x'.repeat(MAX_SHARE_BYTES) }],
    };
    expect(createShareFragment(big, noMask)).toMatchObject({ ok: false });
  });

  it.each([
    [
      'not compressed text',
      `${SHARE_FRAGMENT_PREFIX}<script>alert(1)</script>`,
      'the shared link is damaged',
    ],
    ['cut short', fragment(bundle).slice(0, 60), 'the shared link is damaged'],
    [
      'not JSON',
      `${SHARE_FRAGMENT_PREFIX}${LZString.compressToEncodedURIComponent('hello')}`,
      'the shared link is damaged',
    ],
    ['foreign JSON', fragmentOf({ drafts: [] }), 'the shared link could not be opened'],
    [
      'a newer version',
      fragmentOf(envelope({ version: 2 })),
      'the shared link could not be opened',
    ],
    ['no drafts', fragmentOf(envelope({ drafts: [] })), 'the shared link could not be opened'],
    [
      'a draft of the wrong shape',
      fragmentOf(envelope({ drafts: [{ id: 'a', name: 'x', policyType: 'resource', text: '' }] })),
      'the shared link could not be opened',
    ],
    [
      'a script-looking name',
      fragmentOf(
        envelope({
          drafts: [{ id: 'a', name: '<img src=x onerror=alert(1)>', policyType: 'scp', text: '' }],
        }),
      ),
      'the shared link could not be opened',
    ],
    [
      'expectations that are not a map',
      fragmentOf(envelope({ expectations: ['nope'] })),
      'the shared link could not be opened',
    ],
    [
      'expectations of a draft it does not carry',
      fragmentOf(envelope({ expectations: { elsewhere: bundle.expectations.a } })),
      'the shared link could not be opened',
    ],
    [
      'an expectation of the wrong shape',
      fragmentOf(envelope({ expectations: { a: [{ target: { kind: 'api' }, expect: 'yes' }] } })),
      'the shared link could not be opened',
    ],
    [
      'a script-looking expectation target',
      fragmentOf(
        envelope({
          expectations: {
            a: [
              { target: { kind: 'action', action: '<script>alert(1)</script>' }, expect: 'denied' },
            ],
          },
        }),
      ),
      'the shared link could not be opened',
    ],
    [
      'too many expectations for a draft',
      fragmentOf(
        envelope({
          expectations: {
            a: Array(501).fill({ target: { kind: 'action', action: 'a:b:c' }, expect: 'denied' }),
          },
        }),
      ),
      'the shared link could not be opened',
    ],
    [
      'a script-looking resource scope',
      fragmentOf(
        envelope({
          evaluation: {
            resourceScope: { region: '', accountId: '', resourceId: '<script>alert(1)</script>' },
          },
        }),
      ),
      'the shared link could not be opened',
    ],
    [
      'a bad context',
      fragmentOf(envelope({ context: { k: { nested: true } } })),
      'the shared link could not be opened',
    ],
    [
      'too large once decompressed',
      `${SHARE_FRAGMENT_PREFIX}${LZString.compressToEncodedURIComponent('['.repeat(MAX_SHARE_BYTES + 10))}`,
      'the shared link is too large to open',
    ],
    [
      'too long',
      `${SHARE_FRAGMENT_PREFIX}${'A'.repeat(4 * MAX_SHARE_BYTES)}`,
      'the shared link is too large to open',
    ],
  ])('rejects a link that is %s', (_case, hash, message) => {
    const result = readShareFragment(hash);
    expect(result).toMatchObject({ ok: false, message });
    expect(result.ok || result.details.length > 0).toBe(true);
  });

  it('names the hostile draft', () => {
    const hash = fragmentOf(
      envelope({ drafts: [{ id: 'a', name: 'ok\u202Efdp.exe', policyType: 'scp', text: '' }] }),
    );
    expect(readShareFragment(hash)).toMatchObject({
      details: ['draft 1 has a name that looks like markup or script'],
    });
  });

  it('names the hostile or broken expectation and its draft', () => {
    const hostile = fragmentOf(
      envelope({
        expectations: {
          a: [
            bundle.expectations.a?.[0],
            { target: { kind: 'api', service: 'ims', api: 'GET /x\u202E' }, expect: 'denied' },
          ],
        },
      }),
    );
    expect(readShareFragment(hostile)).toMatchObject({
      details: [
        'expectation 2 of `Read-only IMS` names something that looks like markup or script',
      ],
    });
    const broken = fragmentOf(envelope({ expectations: { a: [{ expect: 'denied' }] } }));
    expect(readShareFragment(broken)).toMatchObject({
      details: [
        'the expectations of `Read-only IMS`: expectation 1 names no API, action or service it is about',
      ],
    });
  });

  it('never throws, whatever follows the prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (tail) => {
        const result = readShareFragment(`${SHARE_FRAGMENT_PREFIX}${tail}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on compressed arbitrary JSON-ish text', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const result = readShareFragment(
          `${SHARE_FRAGMENT_PREFIX}${LZString.compressToEncodedURIComponent(json)}`,
        );
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
