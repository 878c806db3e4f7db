import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor, then precaches the app.
test.describe.configure({ timeout: 90_000 });
test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline: reload without a network and evaluate', async ({
  page,
  context,
}) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([{ Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:get'] }]),
      },
    ],
    activeDraftId: 'readers',
  });
  const ev = evaluatorPage(page);

  await test.step('the first visit installs the service worker, which precaches the app', async () => {
    await ev.open();
    // A worker is active only once its install, the precaching, has completed.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toMatch(/\/demo\/$/);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
      .toBe('activated');
  });

  await test.step('offline, a reload still opens the app with its catalogs and evaluates', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect(ev.status).toContainText('33 APIs', { timeout: 30_000 });
    await ev.search('/v2/images/{image_id}');
    await expect(ev.row(/^allowed\s*GET\s*\/v2\/images\/\{image_id\} /)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Catalog browser' })).toContainText(
      /Catalogs \d+\.\d+\.[0-9a-f]{8}/,
    );
  });

  await test.step('a draft typed offline is evaluated too', async () => {
    await ev.replaceDraftText(
      policyText([{ Effect: 'Allow', Action: ['ims:images:get', 'ims:images:share'] }]),
    );
    await ev.search('members');
    await expect(ev.row(/^allowed\s*POST\s*\/v2\/images\/\{image_id\}\/members/)).toBeVisible();
  });
});
