import { expect, test } from '@playwright/test';

/**
 * The shipped build with the shipped catalogs, served from a sub-path of a static host: no test
 * fixtures here, so this proves the real files load and the app talks to nobody else.
 */
test('the app loads from a sub-path with the shipped catalogs and requests nothing from elsewhere', async ({
  page,
  request,
}) => {
  const requested: string[] = [];
  page.on('request', (req) => requested.push(req.url()));
  await page.goto('/demo/');
  await expect(page.getByRole('heading', { name: 'Policy Workbench' })).toBeVisible();

  const index = await (await request.get('/demo/catalogs/index.json')).json();
  const services = page.getByRole('list', { name: 'Services' });
  for (const entry of index.catalogs as { id: string; counts: { actions: number } }[]) {
    const row = services
      .getByRole('list', { name: /catalogs$/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: entry.id, exact: true }) });
    await expect(row).toContainText(`${entry.counts.actions} action`);
  }
  await expect(
    page.getByRole('region', { name: 'Catalog browser' }).getByRole('alert'),
  ).toHaveCount(0);

  await page.keyboard.press('/');
  await page.keyboard.type('list');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Catalog browser' }).getByRole('heading', { level: 2 }),
  ).toContainText(':');

  const origin = new URL(page.url()).origin;
  const foreign = requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
  );
  expect(foreign).toEqual([]);
  expect(requested.some((url) => url.startsWith(`${origin}/demo/catalogs/`))).toBe(true);
});
