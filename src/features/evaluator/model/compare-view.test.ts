import { describe, expect, it } from 'vitest';
import { diffPolicySets } from '../../../engine';
import { compareCsv, compareMarkdown, compareRows } from './compare-view';
import { IMS_CATALOG, policy } from './testing/fixture-catalog';

const readers = {
  id: 'a',
  name: 'Readers',
  text: policy([{ Effect: 'Allow', Action: ['ims:images:get', 'ims:images:list'] }]),
};
const sharers = {
  id: 'b',
  name: 'Sharers',
  text: policy([{ Effect: 'Allow', Action: ['ims:images:get', 'ims:images:share'] }]),
};
const side = (p: typeof readers, scps: { id: string; text: string }[][] = []) => ({
  identityPolicies: [p],
  scps,
  catalogs: [IMS_CATALOG],
});

describe('compare view', () => {
  it('groups API changes into newly allowed, newly denied and changed, with both reasons', () => {
    const rows = compareRows(diffPolicySets(side(readers), side(sharers)), {
      beforeLevels: [],
      afterLevels: [],
    });
    expect(rows.map((r) => [r.group, r.api, r.before, r.after])).toEqual([
      ['Newly allowed', 'POST /v2/images/{image_id}/members', 'not allowed', 'allowed'],
      ['Newly denied', 'GET /v2/cloudimages', 'allowed', 'not allowed'],
    ]);
    expect(rows[0]?.afterReason).toMatch(/^allowed by statement 1 of policy `Sharers`/);
  });

  it('names SCP levels as each side named them', () => {
    const deny = { id: 's', text: policy([{ Effect: 'Allow', Action: ['ims:images:list'] }]) };
    const rows = compareRows(diffPolicySets(side(readers), side(readers, [[deny]])), {
      beforeLevels: [],
      afterLevels: ['Root'],
    });
    const get = rows.find((r) => r.api === 'GET /v2/images/{image_id}');
    expect(get).toMatchObject({ group: 'Newly denied', before: 'allowed', after: 'denied by SCP' });
    expect(get?.afterReason).toBe('no SCP at SCP level `Root` allows `ims:images:get`');
  });

  it('joins a 1.1 draft and a 5.0 draft on the API, with the action under each', () => {
    const rename = (name: string) => name.replace('ims:images:', 'ims:legacy:');
    const legacyIms = {
      ...IMS_CATALOG,
      id: 'ims-1.1',
      model: '1.1' as const,
      actions: IMS_CATALOG.actions.map((a) => ({ ...a, name: rename(a.name), aliases: [] })),
      apis: IMS_CATALOG.apis.map((api) => ({ ...api, action: rename(api.action) })),
    };
    const legacyReaders = {
      id: 'l',
      name: 'Legacy readers',
      text: JSON.stringify({
        Version: '1.1',
        Statement: [{ Effect: 'Allow', Action: ['ims:legacy:get', 'ims:legacy:list'] }],
      }),
    };
    const both = (p: typeof readers) => ({ ...side(p), catalogs: [IMS_CATALOG, legacyIms] });
    const rows = compareRows(diffPolicySets(both(legacyReaders), both(sharers)), {
      beforeLevels: [],
      afterLevels: [],
    });
    expect(rows.find((r) => r.api === 'GET /v2/cloudimages')).toMatchObject({
      group: 'Newly denied',
      action: 'ims:legacy:list → ims:images:list',
      before: 'allowed',
      after: 'not allowed',
    });
    expect(rows.find((r) => r.api === 'POST /v2/images/{image_id}/members')).toMatchObject({
      group: 'Newly allowed',
      action: 'ims:legacy:share → ims:images:share',
    });
  });

  it('exports as Markdown and CSV', () => {
    const rows = compareRows(diffPolicySets(side(readers), side(sharers)), {
      beforeLevels: [],
      afterLevels: [],
    });
    const md = compareMarkdown('Compare Readers → Sharers', rows);
    expect(md).toContain('# Compare Readers → Sharers');
    expect(md).toContain('- Newly allowed: 1, Newly denied: 1, Changed: 0');
    expect(md).toContain(
      '| Newly allowed | ims | POST /v2/images/{image_id}/members | ims:images:share | not allowed | allowed |',
    );
    const csv = compareCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      'Change,Service,API,Action,Before,After,Why before,Why after',
    );
    expect(md).toContain('`ims:images:share`');
    expect(csv).toContain('ims:images:share');
    expect(csv).not.toContain('`');
  });
});
