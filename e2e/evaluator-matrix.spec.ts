import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

const readers = (actions: string[]) =>
  policyText([{ Sid: 'ReadImages', Effect: 'Allow', Action: actions }]);

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: readers(['ims:images:list', 'ims:images:get']),
      },
    ],
    activeDraftId: 'readers',
  });
});

test('editing the draft changes the matrix as the user types', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const share = ev.row(/POST\s*\/v2\/images\/\{image_id\}\/members/);

  await test.step('the matrix lists the APIs of the service the draft mentions', async () => {
    await expect(ev.status).toContainText('33 APIs');
    await expect(ev.matrix.getByText('IMS', { exact: true })).toBeVisible();
    await expect(ev.pane.getByRole('button', { name: 'allowed: 2', exact: true })).toBeVisible();
    // The list is virtualised: filter to bring the row into view.
    await ev.pane.getByRole('searchbox', { name: 'Filter APIs' }).fill('members');
    await expect(share).toHaveText(/^not allowed\s*POST/);
  });

  await test.step('adding the action to the draft allows the API', async () => {
    await ev.replaceDraftText(readers(['ims:images:list', 'ims:images:get', 'ims:images:share']));
    await expect(share).toHaveText(/^allowed\s*POST.*allowed by statement 1 \(ReadImages\)/);
    await expect(ev.pane.getByRole('button', { name: 'allowed: 3', exact: true })).toBeVisible();
    await expect(ev.status).toContainText(/computed in \d+ ms, shown \d+ ms after the change/);
  });

  await test.step('while the draft does not parse, the matrix keeps its last valid version', async () => {
    await ev.replaceDraftText('{ "Version": "5.0", "Statement": [ {');
    await expect(ev.tab(/^Findings/)).toBeVisible();
    // Not every API flipping to "not allowed" between two keys: the last result stays, and says so.
    const stale = ev.pane.getByRole('list', { name: 'Policies shown as they last parsed' });
    await expect(stale).toHaveText(
      '“Image readers” cannot be evaluated as it stands (it is not valid JSON or not an object; line 1): the matrix shows its last valid version.',
    );
    await expect(ev.pane.getByRole('button', { name: 'allowed: 3', exact: true })).toBeVisible();
    await ev.replaceDraftText(readers(['ims:images:list']));
    await expect(ev.pane.getByRole('button', { name: 'allowed: 1', exact: true })).toBeVisible();
    await expect(stale).toBeHidden();
  });

  await test.step('a Version Huawei does not know is not evaluated, and the matrix says why', async () => {
    await ev.replaceDraftText(readers(['ims:*']).replace('"5.0"', '"2012-10-17"'));
    await expect(
      ev.pane.getByRole('list', { name: 'Policies shown as they last parsed' }),
    ).toHaveText(
      '“Image readers” cannot be evaluated as it stands (its Version "2012-10-17" is neither "5.0" nor "1.1", so Huawei rejects it; line 2): the matrix shows its last valid version.',
    );
    await expect(ev.pane.getByRole('button', { name: 'allowed: 1', exact: true })).toBeVisible();
  });
});

test('the matrix filters by text, status and service, and sorts', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const rows = ev.apiRows;

  await test.step('text: every word must appear', async () => {
    await ev.pane.getByRole('searchbox', { name: 'Filter APIs' }).fill('/v2/images/{image_id} GET');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveText(/^allowed\s*GET\s*\/v2\/images\/\{image_id\}/);
    await ev.pane.getByRole('searchbox', { name: 'Filter APIs' }).fill('');
  });

  await test.step('status: from the select or from a count', async () => {
    await ev.pane.getByRole('combobox', { name: 'Status' }).selectOption('allowed');
    await expect(rows).toHaveCount(2);
    await ev.pane.getByRole('button', { name: 'allowed: 2', exact: true }).click();
    await expect(ev.pane.getByRole('combobox', { name: 'Status' })).toHaveValue('');
    await ev.pane.getByRole('button', { name: 'not allowed: 31', exact: true }).click();
    await expect(ev.matrix.getByText('31 of 33 APIs')).toBeVisible();
    await ev.pane.getByRole('button', { name: 'not allowed: 31', exact: true }).click();
  });

  await test.step('service', async () => {
    await expect(ev.pane.getByRole('combobox', { name: 'Service' })).toHaveValue('');
    await ev.pane.getByRole('combobox', { name: 'Service' }).selectOption('ims');
    await expect(ev.matrix.getByText('33 of 33 APIs')).toBeVisible();
  });

  await test.step('sort by status puts the allowed APIs first, then reversed last', async () => {
    await ev.pane.getByRole('combobox', { name: 'Sort by' }).selectOption('status');
    await expect(rows.first()).toHaveText(/^allowed\s*GET/);
    await ev.pane.getByRole('button', { name: 'Ascending: switch to descending' }).click();
    await expect(rows.first()).toHaveText(/^not allowed/);
  });

  await test.step('keyboard: a row opens its explanation with Enter, Back returns to the row', async () => {
    await ev.pane.getByRole('searchbox', { name: 'Filter APIs' }).fill('/v2/cloudimages action');
    await rows.first().focus();
    await page.keyboard.press('Enter');
    await expect(ev.explanation('POST /v2/cloudimages/action')).toBeVisible();
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).press('Enter');
    await expect(rows.first()).toBeFocused();
  });
});
