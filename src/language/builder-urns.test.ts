import { describe, expect, it } from 'vitest';
import { buildUrn, checkUrnPart, urnTemplate } from './builder-urns';
import { FIXTURE_CATALOGS } from './testing/fixture-catalogs';

const { lookup } = FIXTURE_CATALOGS;

describe('URN templates', () => {
  it('fill the catalog pattern, with `*` for every part left as "any"', () => {
    const image = urnTemplate('ims', 'image', lookup, '5.0');
    expect(image).toMatchObject({ assumed: false, hasRegion: true, hasResourceId: true });
    expect(buildUrn(image, { region: 'cn-north-4', account: '', resourceId: '' })).toBe(
      'ims:cn-north-4:*:image:*',
    );
    expect(buildUrn(image, { region: '', account: 'abc123', resourceId: 'img-1' })).toBe(
      'ims:*:abc123:image:img-1',
    );
  });

  it('follow the general URN format when the catalog has no pattern, and say so', () => {
    const volume = urnTemplate('evs', 'volume', lookup, '5.0');
    expect(volume.assumed).toBe(true);
    expect(buildUrn(volume, { region: '', account: '', resourceId: 'v-1' })).toBe(
      'evs:*:*:volume:v-1',
    );
  });

  it('refuse parts that cannot go into a URN', () => {
    expect(checkUrnPart('region', 'CN North')).toBe(
      'region `CN North` can only hold lower-case letters, digits and `-`',
    );
    expect(checkUrnPart('account', '12:3')).toBe(
      'account ID `12:3` can only hold letters and digits',
    );
    expect(checkUrnPart('resourceId', 'a b')).toBe(
      'resource ID `a b` cannot hold spaces or quotes',
    );
    expect(checkUrnPart('resourceId', 'bucket/key*')).toBeNull();
  });
});
