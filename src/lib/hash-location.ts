import { useSyncExternalStore } from 'react';

/**
 * Hash routing for wouter that keeps the query inside the fragment (`#/search?q=list`), so a deep
 * link is one fragment that works from any static host path. Fragments that do not start with
 * `#/` (such as `#share=<payload>`, which the drafts workspace reads) are not routes: they read
 * as the home route and are never rewritten here.
 */

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  if (listeners.size === 0) addEventListener('hashchange', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener('hashchange', notify);
  };
}

/** Splits a fragment into route path and query; non-route fragments give the home route. */
export function parseRouteFragment(hash: string): { path: string; search: string } {
  if (!hash.startsWith('#/')) return { path: '/', search: '' };
  const body = hash.slice(1);
  const question = body.indexOf('?');
  return question === -1
    ? { path: body, search: '' }
    : { path: body.slice(0, question), search: body.slice(question + 1) };
}

const currentPath = () => parseRouteFragment(location.hash).path;
const currentSearch = () => parseRouteFragment(location.hash).search;

/** Moves to a route such as `/services/ims-5.0` or `/search?q=x`; `replace` keeps history short. */
export function navigateHash(to: string, options: { replace?: boolean } = {}) {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = to.startsWith('/') ? to : `/${to}`;
  if (url.href === oldURL) return;
  history[options.replace ? 'replaceState' : 'pushState'](history.state, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** wouter location hook: `<Router hook={useHashRoute}>`. */
export function useHashRoute(): [string, typeof navigateHash] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];
}

/** wouter search hook: the query part of the route fragment, without `?`. */
function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

useHashRoute.hrefs = (href: string) => `#${href}`;
useHashRoute.searchHook = useHashSearch;
