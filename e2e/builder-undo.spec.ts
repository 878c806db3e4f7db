import { expect as baseExpect, test } from '@playwright/test';
import { asJson, builderPage } from './fixtures/builder-page';

// Monaco, the catalogs and the analysis worker start cold in every test; two CPUs are shared.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('one Ctrl+Z in the editor undoes one builder click', async ({ page }) => {
  const b = builderPage(page);
  await b.start();
  await b.view('Split').check();
  const policy = (effect: string, actions: string[]) => ({
    Version: '5.0',
    Statement: [{ Effect: effect, Action: actions }],
  });
  await b.pasteJson(`${JSON.stringify(policy('Allow', ['ims:images:list']), null, 2)}\n`);
  const card = b.card(1);
  await expect(b.action(card, 'ims:images:list')).toBeChecked();

  await test.step('two clicks in the builder: tick an action, then make the statement a Deny', async () => {
    await b.action(card, 'ims:images:get').check();
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual(policy('Allow', ['ims:images:list', 'ims:images:get']));
    await card.getByRole('combobox', { name: 'Effect' }).selectOption('Deny');
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual(policy('Deny', ['ims:images:list', 'ims:images:get']));
    await expect(b.code).toContainText('Deny');
  });

  await test.step('one Ctrl+Z undoes the second click only', async () => {
    await b.editor.focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual(policy('Allow', ['ims:images:list', 'ims:images:get']));
    await expect(card.getByRole('combobox', { name: 'Effect' })).toHaveValue('Allow');
    await expect(b.action(card, 'ims:images:get')).toBeChecked();
  });

  await test.step('the next Ctrl+Z undoes the first click', async () => {
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual(policy('Allow', ['ims:images:list']));
    await expect(b.action(card, 'ims:images:get')).not.toBeChecked();
  });
});
