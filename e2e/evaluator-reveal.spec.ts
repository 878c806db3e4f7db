import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

/** What the editor has selected: copied as a user would, then read from the clipboard. */
async function selectedText(page: Page): Promise<string> {
  await page.keyboard.press('ControlOrMeta+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('clicking a statement in an explanation selects it in the editor', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([
          { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:get'] },
          { Sid: 'ShareImages', Effect: 'Allow', Action: ['ims:images:share'] },
        ]),
      },
      {
        id: 'no-sharing',
        name: 'No sharing',
        policyType: 'scp',
        text: policyText([{ Sid: 'DenySharing', Effect: 'Deny', Action: ['ims:images:share'] }]),
      },
    ],
    activeDraftId: 'readers',
    scpLevels: [
      { name: 'Root', scpIds: ['scp-fullaccess'] },
      { name: 'Dev OU', scpIds: ['scp-fullaccess', 'no-sharing'] },
    ],
  });
  const ev = evaluatorPage(page);
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await ev.open();
  await expect(drafts.getByRole('status', { name: 'Editor status' })).toContainText('Editor ready');
  await ev.openRow('POST', '/v2/images/{image_id}/members');
  const explanation = ev.explanation('POST /v2/images/{image_id}/members');

  await test.step('a statement of the evaluated draft', async () => {
    await explanation
      .getByRole('button', {
        name: 'Show statement 2 (ShareImages) of Image readers in the editor',
      })
      .click();
    const selected = await selectedText(page);
    expect(selected).toMatch(/^\{\s*"Sid": "ShareImages",[^]*"ims:images:share"\s*\]\s*\}$/);
  });

  await test.step('a statement of an SCP draft opens that draft first', async () => {
    await explanation
      .getByRole('button', { name: 'Show statement 1 (DenySharing) of No sharing in the editor' })
      .click();
    await expect(drafts.getByRole('tab', { name: /^No sharing/, selected: true })).toBeVisible();
    await expect.poll(() => selectedText(page)).toMatch(/^\{\s*"Sid": "DenySharing",[^]*\}$/);
  });

  await test.step('library SCPs have no draft to show', async () => {
    const root = explanation.getByRole('region', { name: 'SCP FullAccess at Root' });
    await expect(root.getByRole('button')).toHaveCount(0);
  });
});
