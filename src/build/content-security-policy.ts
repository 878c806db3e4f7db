import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app runs under: everything from its own origin, no inline
 * or evaluated script. `e2e/content-security-policy.spec.ts` runs the app under it, sent as a
 * header, and fails on any violation.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Monaco adds <style> elements at run time (its theme, its decorations), and the print view is a
  // page with its own <style>: a static host cannot hand out nonces, so inline styles are allowed.
  // Styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // Monaco draws some of its marks as data: SVG images.
  "img-src 'self' data:",
  "font-src 'self'",
  // The analysis worker, Monaco's workers and the service worker: files of the app.
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Ships the policy two ways, at build time only (the dev server's hot reload needs an inline
 * script): a `<meta http-equiv>` in index.html, which every static host serves, and `_headers`
 * (the format of Netlify and Cloudflare Pages) for hosts that send it as a header.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'policy-workbench:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        // Before any script or stylesheet, which it governs only from where it stands.
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`,
      });
    },
  };
}
