import { describe, expect, it } from 'vitest';
import { parseRouteFragment } from './hash-location';

describe('route fragments', () => {
  it('reads the route path and its query from a `#/` fragment', () => {
    expect(parseRouteFragment('#/services/ims-5.0')).toEqual({
      path: '/services/ims-5.0',
      search: '',
    });
    expect(parseRouteFragment('#/search?q=list&model=5.0')).toEqual({
      path: '/search',
      search: 'q=list&model=5.0',
    });
  });

  it('treats other fragments (share links) and no fragment as the home route', () => {
    expect(parseRouteFragment('#share=N4Ig')).toEqual({ path: '/', search: '' });
    expect(parseRouteFragment('')).toEqual({ path: '/', search: '' });
  });
});
