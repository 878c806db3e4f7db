import { expect, test } from '@playwright/test';
import { serveFixtureCatalogs } from './fixtures/catalog-fixtures';
import { catalogPage } from './fixtures/catalog-page';

test('a missing catalog file is reported in place while the other catalogs still work', async ({
  page,
}) => {
  await serveFixtureCatalogs(page, { 'ecs-1.1.json': { status: 404 } });
  const catalog = catalogPage(page);
  await catalog.open();
  await expect(catalog.pane.getByRole('alert')).toContainText(
    'could not load `catalogs/ecs-1.1.json`: the file is missing (HTTP 404 Not Found)',
  );
  await catalog.pane.getByRole('link', { name: 'ims-5.0' }).click();
  await expect(catalog.pane.getByRole('link', { name: 'ims:images:list' })).toBeVisible();
  await catalog.open('#/services/ecs-1.1');
  await expect(catalog.pane.getByRole('alert')).toContainText('ecs-1.1 could not be loaded');
});

test('a corrupt catalog file (not JSON, or the wrong shape) is named with what is wrong', async ({
  page,
}) => {
  await serveFixtureCatalogs(page, {
    'ims-5.0.json': { body: '{"schemaVersion": 1, "actions": [' },
    'ecs-1.1.json': { body: '{"schemaVersion": 1, "id": "ecs-1.1"}' },
  });
  const catalog = catalogPage(page);
  await catalog.open();
  await expect(catalog.pane.getByRole('alert').filter({ hasText: 'ims-5.0' })).toContainText(
    '`catalogs/ims-5.0.json` is corrupt: it is not valid JSON',
  );
  await expect(catalog.pane.getByRole('alert').filter({ hasText: 'ecs-1.1' })).toContainText(
    '`catalogs/ecs-1.1.json` is corrupt: it does not match the catalog format',
  );
  // The global condition keys come from their own file and are still searchable.
  await catalog.search.fill('EnterpriseProjectId');
  await expect(
    catalog.results.getByRole('option', { name: /g:EnterpriseProjectId/ }),
  ).toBeVisible();
});

test('without the catalog index the app says so and the drafts still work', async ({ page }) => {
  await serveFixtureCatalogs(page, { 'index.json': { status: 404 } });
  const catalog = catalogPage(page);
  await catalog.open();
  await expect(catalog.pane.getByRole('alert')).toContainText(
    'The service catalogs are unavailable',
  );
  await expect(catalog.pane.getByRole('alert')).toContainText(
    'could not load `catalogs/index.json`: the file is missing',
  );
  await page.getByRole('button', { name: 'New policy' }).click();
  await expect(page.getByRole('textbox', { name: /^Policy text of/ })).toBeVisible();
});
