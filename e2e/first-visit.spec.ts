import { expect, test } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';
import { evaluatorPage } from './fixtures/evaluator-page';

// A browser that never saved anything: not the empty workspace every other spec starts from.
test.use({ storageState: { cookies: [], origins: [] }, viewport: { width: 1280, height: 800 } });
// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test('a first visit opens a working example; "Start empty" clears it for good', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  const ev = evaluatorPage(page);
  const example = drafts.pane.getByRole('region', { name: 'Example workspace' });
  await ev.open();

  await test.step('an identity policy and an SCP, the SCP in the chain', async () => {
    await expect(drafts.allTabs).toHaveText([
      'Example: image administrator',
      'Example: keep imagesSCP',
    ]);
    await expect(drafts.activeTab).toHaveText('Example: image administrator');
    await expect(example).toBeVisible();
    await expect(ev.pane.getByText(/SCPs at Root → Account/)).toBeVisible();
  });

  await test.step('the matrix shows allowed rows and rows the SCP denies', async () => {
    const counts = ev.matrix.getByRole('rowheader').filter({ hasText: 'IMS' });
    await expect(counts).toContainText('20 allowed');
    await expect(counts).toContainText('2 denied by SCP');
    await expect(ev.row(/^allowed\s*PUT\s*\/v1\/cloudimages\/\{image_id\}\/upload /)).toBeVisible();
    await ev.openRow('DELETE', '/v2/images/{image_id}');
    await expect(ev.explanation('DELETE /v2/images/{image_id}')).toContainText('denied by SCP');
    await expect(ev.explanation('DELETE /v2/images/{image_id}')).toContainText(
      'Example: keep images',
    );
  });

  await test.step('a reload keeps the example, and its offer, as saved', async () => {
    await page.reload();
    await expect(drafts.allTabs).toHaveCount(2);
    await expect(example).toBeVisible();
  });

  await test.step('"Start empty" empties the workspace; a reload does not bring the example back', async () => {
    await example.getByRole('button', { name: 'Start empty' }).focus();
    await page.keyboard.press('Enter');
    await expect(drafts.allTabs).toHaveCount(0);
    await expect(drafts.button('New policy')).toBeVisible();
    await expect(example).toHaveCount(0);
    await page.reload();
    await expect(drafts.button('New policy')).toBeVisible();
    await expect(drafts.allTabs).toHaveCount(0);
    await ev.openInputs();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Account' })).toHaveText(
      'FullAccess×',
    );
  });
});

test('the first edit ends the example offer; a returning user never sees the example', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await expect(drafts.pane.getByRole('region', { name: 'Example workspace' })).toBeVisible();
  await drafts.button('New policy').click();
  await expect(drafts.pane.getByRole('region', { name: 'Example workspace' })).toHaveCount(0);
  await page.reload();
  await expect(drafts.allTabs).toHaveCount(3);
});
