import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([
          { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get'] },
        ]),
      },
    ],
    activeDraftId: 'readers',
  });
});

test('the matrix is a grid with one tab stop: arrows move, Enter explains, Esc comes back', async ({
  page,
}) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const rows = ev.apiRows;
  await expect(ev.status).toContainText('33 APIs');
  await expect(ev.matrix).toHaveAttribute('aria-rowcount', '34');

  await test.step('rows are a table: a row header per service, three cells per API', async () => {
    await expect(ev.matrix.getByRole('rowheader').first()).toContainText('IMS');
    await expect(rows.first().getByRole('gridcell')).toHaveCount(3);
  });

  await test.step('one tab stop: Tab leaves the grid, Shift+Tab comes back to the same row', async () => {
    await expect(ev.matrix.locator('[role="row"][tabindex="0"]')).toHaveCount(1);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(ev.matrix.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(rows.nth(1)).toBeFocused();
  });

  await test.step('arrows, End and Home move through all rows, even those not rendered yet', async () => {
    await page.keyboard.press('ArrowUp');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(ev.matrix.locator('[role="row"][aria-rowindex="34"]')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(ev.matrix.locator('[role="row"][aria-rowindex="2"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(ev.matrix.locator('[role="row"][aria-rowindex="4"]')).toBeFocused();
  });

  await test.step('Enter opens the explanation with the focus in it; Esc returns to the row', async () => {
    const name = (await ev.matrix.locator(':focus').getByRole('gridcell').nth(1).innerText())
      .replace(/\s+/g, ' ')
      .trim();
    await page.keyboard.press('Enter');
    const explanation = ev.explanation(name);
    await expect(explanation).toBeVisible();
    await expect(explanation.getByRole('heading', { name })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(explanation).toHaveCount(0);
    await expect(ev.matrix.locator('[role="row"][aria-rowindex="4"]')).toBeFocused();
  });

  await test.step('the matrix passes axe', async () => {
    const results = await new AxeBuilder({ page }).include('[data-pane="evaluator"]').analyze();
    expect(results.violations).toEqual([]);
  });
});
