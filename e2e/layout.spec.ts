import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const width = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('panes resize by keyboard and by drag, and keep their sizes after a reload', async ({
    page,
  }) => {
    const drafts = draftsPage(page);
    await drafts.open();
    const evaluator = page.locator('[data-pane="evaluator"]');
    const catalog = page.locator('[data-pane="catalog"]');
    const evaluatorHandle = page.getByRole('separator', { name: 'Resize the evaluator pane' });
    const catalogHandle = page.getByRole('separator', { name: 'Resize the catalog pane' });
    await expect(evaluatorHandle).toHaveAttribute('aria-valuenow', /\d/);

    await test.step('arrow keys on the separator widen the evaluator', async () => {
      const before = await width(evaluator);
      const value = await evaluatorHandle.getAttribute('aria-valuenow');
      await evaluatorHandle.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await expect(evaluatorHandle).not.toHaveAttribute('aria-valuenow', value ?? '');
      expect(await width(evaluator)).toBeGreaterThan(before + 30);
    });

    await test.step('dragging the separator widens the catalog', async () => {
      const before = await width(catalog);
      const box = await catalogHandle.boundingBox();
      if (!box) throw new Error('the catalog separator is not shown');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 80, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      expect(await width(catalog)).toBeGreaterThan(before + 60);
    });

    const sizes = { catalog: await width(catalog), evaluator: await width(evaluator) };
    await page.reload();
    await expect(evaluatorHandle).toBeVisible();
    expect(Math.abs((await width(catalog)) - sizes.catalog)).toBeLessThan(4);
    expect(Math.abs((await width(evaluator)) - sizes.evaluator)).toBeLessThan(4);
  });

  test('Split view is usable, and each draft keeps its view', async ({ page }) => {
    const drafts = draftsPage(page);
    await drafts.open();
    await drafts.fromTemplate('Read-only IMS');
    await drafts.button('New SCP').click();
    await drafts.tab('Read-only IMS').click();
    await drafts.pane.getByRole('radio', { name: 'Split' }).focus();
    await page.keyboard.press('Space');
    const builder = drafts.pane.getByRole('region', { name: 'Visual builder' });
    await expect(builder).toBeVisible();
    expect(await width(builder)).toBeGreaterThan(250);
    expect(await width(drafts.editorView.first())).toBeGreaterThan(250);

    await drafts.tab(/^Untitled SCP/).click();
    await expect(drafts.pane.getByRole('radio', { name: 'JSON' })).toBeChecked();
    await drafts.tab('Read-only IMS').click();
    await expect(drafts.pane.getByRole('radio', { name: 'Split' })).toBeChecked();
    await page.reload();
    await expect(drafts.pane.getByRole('radio', { name: 'Split' })).toBeChecked();
  });

  test('draft tabs scroll, with an indicator of the tabs out of view', async ({ page }) => {
    const drafts = draftsPage(page);
    await drafts.open();
    await drafts.button('New policy').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('Enter');
    await expect(drafts.allTabs).toHaveCount(12);
    await expect(drafts.activeTab).toBeInViewport();
    await expect(drafts.pane.getByText(/^‹ \d+ more$/)).toBeVisible();
    await drafts.activeTab.focus();
    await page.keyboard.press('Home');
    await expect(drafts.allTabs.first()).toBeFocused();
    await expect(drafts.allTabs.first()).toBeInViewport();
    await expect(drafts.pane.getByText(/^\d+ more ›$/)).toBeVisible();
    await expect(drafts.pane.getByText(/^‹ \d+ more$/)).toHaveCount(0);
  });
});

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the panes become tabs, reachable by arrow keys and Alt+number', async ({ page }) => {
    const drafts = draftsPage(page);
    await drafts.open();
    const tabs = page.getByRole('tablist', { name: 'Panes' });
    await expect(tabs.getByRole('tab')).toHaveText(['Catalog', 'Drafts', 'Evaluator']);
    await expect(tabs.getByRole('tab', { name: 'Drafts' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(drafts.button('New policy')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Evaluator' })).toBeHidden();
    expect(await width(drafts.pane)).toBeGreaterThan(900);

    await tabs.getByRole('tab', { name: 'Drafts' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Evaluator' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Evaluator' })).toBeVisible();
    await expect(drafts.pane).toBeHidden();

    await page.keyboard.press('Alt+1');
    await expect(page.locator('#catalog-search')).toBeFocused();
    await expect(tabs.getByRole('tab', { name: 'Catalog' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
