import { expect as baseExpect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { asJson, builderPage } from './fixtures/builder-page';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('the builder can be used with the keyboard alone', async ({ page }) => {
  const b = builderPage(page);
  await b.start();
  await b.view('JSON').focus();
  const first = b.card(1);

  await test.step('switch to the visual view with the arrow keys', async () => {
    await page.keyboard.press('ArrowRight');
    await expect(b.view('Visual')).toBeChecked();
    await expect(first).toBeVisible();
  });

  await test.step('pick a service and tick actions', async () => {
    const services = first.getByRole('combobox', { name: 'Add a service to statement 1' });
    await tabTo(page, services);
    await page.keyboard.press('i');
    await expect(services).toHaveValue('ims');
    await page.keyboard.press('Tab');
    await expect(first.getByRole('button', { name: 'Show its actions' })).toBeFocused();
    await page.keyboard.press('Enter');
    const list = b.action(first, 'ims:images:list');
    await tabTo(page, list);
    await page.keyboard.press('Space');
    await expect(list).toBeChecked();
    await page.keyboard.press('Shift+Tab');
    await expect(first.getByRole('checkbox', { name: 'All list actions of ims' })).toBeFocused();
  });

  await test.step('name the statement', async () => {
    const sid = first.getByRole('textbox', { name: 'Sid' });
    await tabTo(page, sid, true);
    await page.keyboard.type('KeyboardOnly');
    await page.keyboard.press('Enter');
    await expect(
      b.builder.getByRole('article', { name: 'Statement 1: KeyboardOnly' }),
    ).toBeVisible();
  });

  await test.step('add a statement, move it up, and delete it again', async () => {
    await tabTo(page, b.builder.getByRole('button', { name: 'Add statement' }));
    await page.keyboard.press('Enter');
    await expect(b.card(2)).toBeVisible();
    await tabTo(page, b.builder.getByRole('button', { name: 'Move statement 2 up' }), true);
    await page.keyboard.press('Enter');
    // At the top the card cannot move up any more: the focus stays on it, on "down".
    await expect(b.builder.getByRole('button', { name: 'Move statement 1 down' })).toBeFocused();
    await expect(b.card(2)).toHaveAccessibleName('Statement 2: KeyboardOnly');
    await tabTo(page, b.builder.getByRole('button', { name: 'Delete statement 1' }));
    await page.keyboard.press('Enter');
    await expect(b.builder.getByRole('article')).toHaveCount(1);
    await expect(b.builder.getByRole('button', { name: 'Delete statement 1' })).toBeFocused();
  });

  await test.step('the JSON holds what was built', async () => {
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual({
        Version: '5.0',
        Statement: [{ Sid: 'KeyboardOnly', Effect: 'Allow', Action: ['ims:images:list'] }],
      });
  });
});
