import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { downloadedText } from './fixtures/drafts-page';
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
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get'] }]),
      },
      {
        id: 'sharers',
        name: 'Image sharers',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:get', 'ims:images:share'] }]),
      },
      {
        id: 'legacy-readers',
        name: 'Legacy image readers',
        policyType: 'identity',
        text: `${JSON.stringify({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['ims:images:list'] }] }, null, 2)}\n`,
      },
      {
        id: 'no-sharing',
        name: 'No sharing',
        policyType: 'scp',
        text: policyText([{ Sid: 'DenySharing', Effect: 'Deny', Action: ['ims:images:share'] }]),
      },
    ],
    activeDraftId: 'sharers',
  });
});

/** Opens the Compare tab on two drafts, as a user picks them; returns the tab's region. */
async function compareDrafts(page: Page, before: string, after: string) {
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.tab('Compare').click();
  const compare = ev.pane.getByRole('region', { name: 'Compare' });
  await compare.getByRole('radio', { name: 'Two drafts' }).check();
  await compare.getByRole('combobox', { name: 'Before' }).selectOption(before);
  await compare.getByRole('combobox', { name: 'After' }).selectOption(after);
  return compare;
}

test('compare two drafts: newly allowed and newly denied APIs, with reasons, exported', async ({
  page,
}) => {
  const compare = await compareDrafts(page, 'Image readers', 'Image sharers');

  const allowed = compare.getByRole('region', { name: 'Newly allowed (1)' });
  await expect(allowed).toContainText('POST /v2/images/{image_id}/members');
  await expect(allowed).toContainText(
    'not allowed → allowed: allowed by statement 1 of policy Image sharers',
  );
  await expect(compare.getByRole('region', { name: 'Newly denied (1)' })).toContainText(
    'GET /v2/cloudimages',
  );

  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Markdown' }).click();
  const markdown = await downloadedText(await download);
  expect(markdown).toContain('# Compare Image readers → Image sharers');
  expect(markdown).toContain('- Newly allowed: 1, Newly denied: 1, Changed: 0');
  expect(markdown).toMatch(
    /\| Newly allowed \| ims \| POST \/v2\/images\/\{image_id\}\/members \| ims:images:share \| not allowed \| allowed \|/,
  );
});

test('compare one draft under two SCP chains', async ({ page }) => {
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.tab('Compare').click();
  const compare = ev.pane.getByRole('region', { name: 'Compare' });
  await compare.getByRole('radio', { name: 'Two SCP chains' }).check();
  await compare.getByRole('button', { name: 'Start the other chain from the current one' }).click();
  await expect(compare.getByRole('region', { name: 'Changes' })).toContainText(
    'No API changes its status.',
  );

  await compare.getByRole('checkbox', { name: 'Governed by SCPs' }).check();
  await compare
    .getByRole('combobox', { name: 'Attach an SCP to Account' })
    .selectOption('No sharing');
  const denied = compare.getByRole('region', { name: 'Newly denied (1)' });
  await expect(denied).toContainText('POST /v2/images/{image_id}/members');
  await expect(denied).toContainText(
    'allowed → denied by SCP: denied by statement 1 (DenySharing) of SCP No sharing',
  );

  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'CSV' }).click();
  const csv = await downloadedText(await download);
  expect(csv.split('\r\n')[0]).toBe('Change,Service,API,Action,Before,After,Why before,Why after');
  expect(csv).toContain(
    'Newly denied,ims,POST /v2/images/{image_id}/members,ims:images:share,allowed,denied by SCP',
  );
});

test('compare a 1.1 draft with a 5.0 draft: each API with its status and action under both', async ({
  page,
}) => {
  const compare = await compareDrafts(page, 'Legacy image readers', 'Image readers');
  // Joined on the API (method and path), with the action each model names it by.
  const denied = compare.getByRole('region', { name: 'Newly denied (4)' });
  await expect(denied).toContainText(
    'GET /v1/cloudimages/tags (ims:images:list → ims:images:getTags)allowed → not allowed: no statement allows ims:images:getTags',
  );
  await expect(compare.getByRole('region', { name: 'Newly allowed (1)' })).toContainText(
    'GET /v2/images/{image_id} (ims:images:get)not allowed → allowed',
  );
  await expect(compare.getByRole('region', { name: 'Changed (2)' })).toContainText(
    'the 5.0 catalogs have no API GET /v2/images',
  );
});
