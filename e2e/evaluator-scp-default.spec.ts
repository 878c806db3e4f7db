import { expect, test } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';
import { evaluatorPage } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test('a fresh workspace is governed by FullAccess at Root and Account; "not governed" is one click away', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  const ev = evaluatorPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  await expect(ev.status).toContainText('APIs', { timeout: 30_000 });

  await test.step('the chain starts at Root and Account, each with the library FullAccess', async () => {
    await expect(ev.pane.getByText('Inputs', { exact: true })).toBeVisible();
    await expect(ev.pane.getByText(/SCPs at Root → Account/)).toBeVisible();
    await ev.openInputs();
    await expect(ev.inputs.getByRole('checkbox', { name: 'Governed by SCPs' })).toBeChecked();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Root' })).toHaveText('FullAccess×');
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Account' })).toHaveText(
      'FullAccess×',
    );
  });

  await test.step('an explanation names FullAccess at every level', async () => {
    await ev.pane.getByText('Inputs', { exact: true }).click();
    await ev.openRow('GET', '/v1/cloudimages/quota');
    await expect(ev.explanation('GET /v1/cloudimages/quota')).toContainText(
      'Every SCP level allows it: FullAccess at Root and FullAccess at Account.',
    );
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).click();
  });

  await test.step('a new OU starts with FullAccess too', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('button', { name: 'Add OU' }).click();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at OU 1' })).toHaveText('FullAccess×');
  });

  await test.step('one click switches SCPs off, and a reload keeps that choice', async () => {
    await ev.inputs.getByRole('checkbox', { name: 'Governed by SCPs' }).uncheck();
    await expect(ev.inputs).toContainText('Not governed by SCPs: only the identity drafts decide.');
    await page.reload();
    await ev.openInputs();
    await expect(ev.inputs.getByRole('checkbox', { name: 'Governed by SCPs' })).not.toBeChecked();
    await expect(ev.pane.getByText(/ · not governed by SCPs · /)).toBeVisible();
  });
});
