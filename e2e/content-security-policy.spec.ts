import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

/**
 * The built app under its own Content-Security-Policy, sent as a header the way `dist/_headers`
 * tells a host to: no violation, no console error, and the parts that load code or draw unusually
 * (the editor's squiggles, the matrix, the workers) all work.
 */

// A cold start loads the catalogs, the editor chunk and the workers.
test.describe.configure({ timeout: 90_000 });

const dist = process.env.E2E_DIST ?? 'dist';
const read = (file: string) => readFileSync(join(import.meta.dirname, '..', dist, file), 'utf8');

/** The policy `dist/_headers` sends with every page. */
function shippedPolicy(): string {
  const line = read('_headers')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  return (line ?? '').trim().slice('Content-Security-Policy:'.length).trim();
}

test('the built app sets a strict policy and runs under it without a violation', async ({
  page,
}) => {
  const policy = shippedPolicy();
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);

  await test.step('index.html carries the same policy and no inline script', () => {
    const html = read('index.html');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(policy);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\ssrc="/);
  });

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Recorded in the page from its first script on, so nothing before the app starts is missed.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as { cspViolations?: string[] }).cspViolations ??= []);
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  // The header on the page itself, as a host following `_headers` sends it.
  await page.route(
    (url) => url.pathname === '/demo/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    },
  );

  await seedWorkspace(page, {
    drafts: [
      {
        id: 'typo',
        name: 'Typo',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:gett', 'ims:images:list'] }]),
      },
    ],
    activeDraftId: 'typo',
  });
  const ev = evaluatorPage(page);

  await test.step('the matrix is computed by its worker', async () => {
    await ev.open(60_000);
    await ev.search('/v2/cloudimages');
    await expect(ev.row(/^allowed\s*GET\s*\/v2\/cloudimages /)).toBeVisible();
  });

  await test.step('the analysis worker finds the typo and the editor draws its squiggle', async () => {
    const drafts = page.getByRole('region', { name: 'Drafts' });
    await expect(drafts.getByRole('status', { name: 'Editor status' })).toContainText('1 error', {
      timeout: 60_000,
    });
    const squiggle = drafts.locator('.squiggly-error');
    await expect(squiggle.first()).toBeVisible();
    // The squiggle is a data: SVG background image, which img-src must allow.
    const image = await squiggle.first().evaluate((node) => getComputedStyle(node).backgroundImage);
    expect(image).toContain('data:image/svg+xml');
  });

  await test.step('the app’s workers started from their files', () => {
    // Monaco's own worker starts only on demand (this app leaves it little to do); if it does,
    // a worker-src violation would be recorded below.
    const names = workers.map((url) => /assets\/([a-z]+)\.worker-/.exec(url)?.[1]);
    // One analysis worker serves the editor's squiggles (above) and the evaluator alike.
    expect(names.filter((name) => name === 'analysis')).toHaveLength(1);
    expect(names).not.toContain('diagnostics');
    expect(names).not.toContain('evaluator');
  });

  expect(
    await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []),
  ).toEqual([]);
  expect(problems).toEqual([]);
});
