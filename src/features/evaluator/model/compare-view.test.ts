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
    expect(rows[0]?.afterReason).toMatch(/^allowed by statement 0 of policy `Sharers`/);
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
