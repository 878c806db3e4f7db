import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { bulkActionCount, serveFixtureCatalogs } from './fixtures/catalog-fixtures';
import { catalogPage } from './fixtures/catalog-page';
import { draftsPage } from './fixtures/drafts-page';

test.beforeEach(async ({ page }) => {
  await serveFixtureCatalogs(page);
});

test('the first screen lists each service with its catalogs, counts, model, coverage and source date', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await expect(catalog.heading).toHaveText('Services');
  const ims = catalog.services
    .getByRole('listitem')
    .filter({ hasText: 'Image Management Service' })
    .first();
  await expect(ims.getByRole('link', { name: 'ims-5.0' })).toBeVisible();
  await expect(ims).toContainText('4 actions · 2 APIs · 1 resource type · 1 condition key');
  await expect(ims).toContainText('5.0');
  await expect(ims).toContainText('complete');
  await expect(ims).toContainText('Source updated 2025-03-14');
  await expect(ims).toContainText('2 data warnings');
  const ecs = catalog.services
    .getByRole('listitem')
    .filter({ hasText: 'Elastic Cloud Server' })
    .first();
  await expect(ecs).toContainText('1.1');
  await expect(ecs).toContainText('partial');
  await expect(catalog.pane).toContainText(
    'Legacy fine-grained (1.1): 1 catalog, 2 actions, 1 API',
  );
  await expect(catalog.pane).toContainText(
    'Catalogs 1.20250314.e2e0f1c5 (sources up to 2025-03-14)',
  );
});

test('search is typo-tolerant, grouped by kind, and opens an action', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await catalog.search.fill('imgaes shrae');
  await expect(page).toHaveURL(/#\/search\?q=imgaes\+shrae$/);
  await expect(catalog.pane.getByRole('status').filter({ hasText: /results?:/ })).toHaveText(
    '1 result: 1 action',
  );
  await catalog.results.getByRole('option', { name: /ims:images:share/ }).click();
  await expect(page).toHaveURL(/#\/services\/ims-5\.0\/actions\/ims:images:share$/);
  await expect(catalog.heading).toHaveText('ims:images:share');
  await expect(catalog.pane).toContainText('Access level: Permission management');
});

test('filters narrow the results and live in the link', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open('#/search?q=images');
  await catalog.pane.getByLabel('Access level').selectOption('write');
  await expect(page).toHaveURL(/level=write/);
  await expect(catalog.results.getByRole('option')).toHaveText([
    /ims:images:create/,
    /POST \/v2\/cloudimages\/action/,
  ]);
  await catalog.pane.getByLabel('Access level').selectOption('');
  await catalog.pane.getByLabel('Policy model').selectOption('1.1');
  await expect(catalog.pane.getByRole('status').filter({ hasText: /result/ })).toHaveText(
    'No results',
  );
});

test('the action page shows resources, keys, APIs, dependencies, grants and warnings; a dependency link opens its action', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open('#/services/ims-5.0/actions/ims:images:create');
  await expect(catalog.heading).toHaveText('ims:images:create');
  const section = (name: string) => catalog.pane.getByRole('region', { name });
  await expect(section('Resource types')).toContainText(
    'ims:<region>:<account-id>:image:<image-id>',
  );
  await expect(section('Condition keys')).toContainText(
    'ims:imageTypestringsingle-valuedservice key',
  );
  await expect(section('Condition keys')).toContainText('g:ResourceTag/<tag-key>');
  await expect(section('APIs that need it (1)')).toContainText('POST /v2/cloudimages/action');
  await expect(section('Dependency actions')).toContainText(
    'ims:images:update not in the loaded catalogs',
  );
  await expect(section('Dependency actions')).toContainText(
    'only when: required only for quickly importing a data disk image',
  );
  await expect(section('System policies that grant it')).toContainText(
    'FullAccess statement 1 allows *',
  );
  await expect(section('Data warnings (1)')).toContainText('OVERRIDE_APPLIED');

  await section('Dependency actions').getByRole('link', { name: 'ims:images:get' }).click();
  await expect(catalog.heading).toHaveText('ims:images:get');
  await expect(catalog.heading).toBeFocused();
  await expect(catalog.pane.getByRole('region', { name: 'Aliases' })).toContainText(
    'ims:image:get',
  );
});

test('a legacy action lists the 1.1 system policy that grants it; catalog text is never HTML', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open('#/services/ecs-1.1/actions/ecs:cloudServers:list');
  await expect(
    catalog.pane.getByRole('region', { name: 'System policies that grant it' }),
  ).toContainText('ECS ReadOnlyAccess statement 1 allows ecs:*:list*');
  await catalog.open('#/services/ecs-1.1/actions/ecs:cloudServers:delete');
  await expect(catalog.pane).toContainText('<img src=x onerror=alert(1)>');
  await expect(catalog.pane.locator('img')).toHaveCount(0);
});

test('browse by API: an API page names its action and dependencies as links', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await catalog.section('APIs').click();
  await catalog.pane.getByLabel('Filter by method, path or action').fill('cloudimages/action');
  await catalog.pane.getByRole('link', { name: 'POST /v2/cloudimages/action' }).click();
  await expect(page).toHaveURL(/#\/apis\/ims-5\.0\/POST%20\/v2\/cloudimages\/action$/);
  await expect(catalog.heading).toHaveText('POST /v2/cloudimages/action');
  await catalog.pane
    .getByRole('region', { name: 'Action it needs' })
    .getByRole('link', { name: 'ims:images:create' })
    .click();
  await expect(catalog.heading).toHaveText('ims:images:create');
});

test('deep links open directly from a sub-path: service section, action, API, search, system policy', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open('#/services/ims-5.0/condition-keys');
  await expect(catalog.heading).toHaveText('Image Management Service (ims-5.0)');
  await expect(catalog.pane.getByRole('link', { name: 'Condition keys (1)' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await catalog.open('#/apis/ims-5.0/GET%20/v2/cloudimages');
  await expect(catalog.heading).toHaveText('GET /v2/cloudimages');
  await catalog.open('#/search?q=share');
  await expect(catalog.search).toHaveValue('share');
  await expect(catalog.results.getByRole('option', { name: /ims:images:share/ })).toBeVisible();
  await catalog.open('#/system-policies/fullaccess-scp');
  await expect(catalog.heading).toHaveText('FullAccess');
  await expect(catalog.pane.getByRole('region', { name: 'Policy document' })).toContainText(
    '"Action": [\n        "*"',
  );
  await catalog.open('#/services/ims-5.0/actions/ims:nothing:here');
  await expect(catalog.pane.getByRole('alert')).toContainText(
    'ims-5.0 has no action `ims:nothing:here`',
  );
});

test('Download JSON saves what the page shows', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open('#/services/ims-5.0/actions/ims:images:create');
  const downloading = page.waitForEvent('download');
  await catalog.pane.getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ims_images_create.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.action.name).toBe('ims:images:create');
  expect(saved.dependencies.map((d: { action: string }) => d.action)).toEqual([
    'ims:images:get',
    'ims:images:update',
  ]);
});

test('the search works from the keyboard alone', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await page.keyboard.press('/');
  await expect(catalog.search).toBeFocused();
  await page.keyboard.type('ims images');
  await expect(catalog.results.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = catalog.results.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(catalog.search).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id')) ?? '',
  );
  const name = (await second.locator('span.font-mono').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(catalog.heading).toHaveText(name);
  await page.keyboard.press('/');
  await page.keyboard.type('zzqxv');
  await expect(catalog.pane.getByRole('status').filter({ hasText: /result/ })).toHaveText(
    'No results',
  );
  await page.keyboard.press('Escape');
  await expect(catalog.search).toHaveValue('');
});

test('long lists are virtualised and still reach their last row', async ({ page }) => {
  await page.unrouteAll();
  await serveFixtureCatalogs(page, {}, { withBulk: true });
  // Reading and checking a 3,000-action file takes a while on a busy machine.
  test.setTimeout(60_000);
  const catalog = catalogPage(page);
  await catalog.open('#/services/bulk-5.0');
  await expect(catalog.pane.getByRole('status').filter({ hasText: 'actions' })).toHaveText(
    `${bulkActionCount} of ${bulkActionCount} actions`,
    { timeout: 30_000 },
  );
  const list = catalog.pane.getByRole('list', { name: 'bulk-5.0 actions' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeLessThan(80);
  await list.focus();
  // Rows are measured as they render, so the list grows while it scrolls: press End until the
  // last row is there, as a user would.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(list.getByRole('link', { name: 'bulk:things:op2999' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  await catalog.pane.getByLabel('Access level').selectOption('read');
  await expect(catalog.pane.getByRole('status').filter({ hasText: 'actions' })).toHaveText(
    `1500 of ${bulkActionCount} actions`,
  );
});

test('Add to policy puts the action, a URN pattern and a condition key into the active draft', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open('#/services/ims-5.0/actions/ims:images:get');
  await catalog.pane.getByRole('button', { name: 'Add to policy: action ims:images:get' }).click();
  await expect(catalog.pane.getByRole('status').filter({ hasText: /^added to/ })).toBeVisible();
  await catalog.pane
    .getByRole('button', {
      name: 'Add to policy: URN pattern ims:<region>:<account-id>:image:<image-id>',
    })
    .click();
  await catalog.pane
    .getByRole('button', { name: 'Add to policy: condition key ims:imageType' })
    .click();
  const drafts = draftsPage(page);
  await expect(drafts.editorView).toContainText('"ims:images:get"');
  const saved = async () => JSON.parse((await drafts.savedDrafts())[0]?.text ?? 'null');
  await expect.poll(saved).toMatchObject({
    Statement: [
      {
        Action: ['ims:images:get'],
        Resource: ['ims:<region>:<account-id>:image:<image-id>'],
        Condition: { StringEquals: { 'ims:imageType': [] } },
      },
    ],
  });
});
