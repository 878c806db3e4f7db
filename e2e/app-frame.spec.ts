import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serveFixtureCatalogs } from './fixtures/catalog-fixtures';
import { catalogPage } from './fixtures/catalog-page';

test.beforeEach(async ({ page }) => {
  await serveFixtureCatalogs(page);
});

test('the frame has a banner, three labelled panes and keyboard routes between them', async ({
  page,
}) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: 'Policy Workbench' }),
  ).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: 'Catalog browser' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Drafts' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Evaluator' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(catalog.search).toBeFocused();
  await page.getByRole('button', { name: 'Evaluator pane' }).click();
  await expect(main.getByRole('region', { name: 'Evaluator' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Evaluator pane' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the theme follows the system until chosen, and the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await catalogPage(page).open();
  const html = page.locator('html');
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.getByRole('radio', { name: 'Light' }).press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(html).toHaveClass(/\bdark\b/);
});

test('? opens the shortcut sheet, Escape closes it and focus returns', async ({ page }) => {
  const catalog = catalogPage(page);
  await catalog.open();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Search the catalogs');
  for (const group of ['On the draft tabs', 'In the policy editor'])
    await expect(sheet.getByRole('region', { name: group })).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'In the policy editor' })).toContainText(
    'Quick fixes for the problem at the cursor',
  );
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // Typing `?` into a text field types it; it does not open the sheet.
  await catalog.search.focus();
  await page.keyboard.type('a?');
  await expect(catalog.search).toHaveValue('a?');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: /Keyboard shortcuts/ })).toBeFocused();
});

const screens: { name: string; route: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'services',
    route: '',
    ready: (page) => expect(catalogPage(page).services).toBeVisible(),
  },
  {
    name: 'search with an active option',
    route: '#/search?q=images',
    ready: async (page) => {
      await expect(catalogPage(page).results.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('/');
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'action',
    route: '#/services/ims-5.0/actions/ims:images:create',
    ready: (page) => expect(catalogPage(page).heading).toHaveText('ims:images:create'),
  },
  {
    name: 'service',
    route: '#/services/ims-5.0',
    ready: (page) =>
      expect(catalogPage(page).pane.getByRole('link', { name: 'ims:images:list' })).toBeVisible(),
  },
  {
    name: 'API',
    route: '#/apis/ims-5.0/POST%20/v2/cloudimages/action',
    ready: (page) => expect(catalogPage(page).heading).toHaveText('POST /v2/cloudimages/action'),
  },
  {
    name: 'shortcut sheet',
    route: '',
    ready: async (page) => {
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`axe: no serious or critical violations on the ${screen.name} screen (${scheme})`, async ({
      page,
    }) => {
      // axe walks the whole page; on a busy machine that alone can take tens of seconds.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await catalogPage(page).open(screen.route);
      await screen.ready(page);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
