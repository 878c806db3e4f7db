import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { catalogPage } from './fixtures/catalog-page';

/**
 * The shipped catalogs (no fixtures): an ECS system policy's page sets the documentation's
 * Table 3 next to what the engine computes, and explains the cells that differ.
 */
test('an ECS system policy page compares its documented operations and explains a difference', async ({
  page,
}) => {
  // The shipped catalogs, then an axe scan of the whole pane (the policy's document included).
  test.setTimeout(60_000);
  const catalog = catalogPage(page);
  await catalog.open();
  await catalog.section('System policies').click();
  await catalog.pane.getByRole('link', { name: 'ECS ReadOnlyAccess' }).click();
  await expect(catalog.heading).toHaveText('ECS ReadOnlyAccess');

  const compared = catalog.pane.getByRole('region', {
    name: 'Documented common operations, compared',
  });
  await expect(compared).toContainText('20 of 21 documented operations agree');
  const operations = compared.getByRole('list', {
    name: 'ECS ReadOnlyAccess documented operations',
  });

  const details = operations.getByRole('listitem', { name: 'Querying ECS details', exact: true });
  await expect(details).toContainText('documented: supported');
  await expect(details).toContainText('computed: not supported');
  await expect(details.getByRole('link', { name: 'ecs:cloudServers:showServer' })).toBeVisible();
  await expect(details.getByRole('list', { name: 'Why Querying ECS details differs' })).toHaveText(
    'ecs:cloudServers:showServer (GET /v1/{project_id}/cloudservers/{server_id}) is not matched by ecs:*:get*, which matches ecs:cloudServers:get, its alias in ecs-5.0',
  );

  const login = operations.getByRole('listitem', {
    name: 'Remotely logging in to an ECS on the management console',
  });
  await expect(login).toContainText('documented: not supported (VNC login not supported)');
  await expect(login).toContainText('computed: not supported');
  await expect(login.getByRole('list', { name: /differs$/ })).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .include('[aria-label="Catalog browser"]')
    .analyze();
  expect(
    results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);

  // The link to the API an operation calls opens that API's page.
  await details
    .getByRole('link', { name: 'GET /v1/{project_id}/cloudservers/{server_id}' })
    .click();
  await expect(catalog.heading).toHaveText('GET /v1/{project_id}/cloudservers/{server_id}');
});

test("a system policy page lists the importer's warnings about its document", async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open('#/system-policies/ecs-commonoperations');
  await expect(catalog.heading).toHaveText('ECS CommonOperations');
  const warnings = catalog.pane.getByRole('list', {
    name: 'ecs-commonoperations data warnings',
  });
  await expect(warnings).toContainText('SUSPECT_RESOURCE_SEGMENT');
  await expect(warnings).toContainText('ecs:cloudServerFpgaImags:unrelate');
  await expect(
    catalog.pane
      .getByRole('list', { name: 'ECS CommonOperations documented operations' })
      .getByRole('listitem', { name: 'Adding tags to an ECS', exact: true })
      .getByRole('list', { name: 'Why Adding tags to an ECS differs' }),
  ).toContainText('is not matched by ecs:servers:setTags');
});
