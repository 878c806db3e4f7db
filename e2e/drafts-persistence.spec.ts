import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { downloadedText, draftsPage } from './fixtures/drafts-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Puts `items` into localStorage before the app's first load only (a reload keeps what the app saved). */
async function seedStorage(page: Page, items: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', 'yes');
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, items);
}

const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

test('a reload restores drafts, their order, the active draft, open panes and theme', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();

  await test.step('build a workspace', async () => {
    await drafts.fromTemplate('Read-only IMS');
    await drafts.fromTemplate('Deny image sharing outside the organization');
    await drafts.button('New policy').click();
    await drafts.rename('Untitled policy', 'Scratch');
    await drafts.typeText(
      '{"Version": "5.0", "Statement": [{"Effect": "Allow", "Action": ["ims:images:share"]}]}',
    );
    await expect
      .poll(async () => (await drafts.savedDrafts())[2]?.text)
      .toContain('ims:images:share');
    await drafts.toolbarButton('Move left').click();
    await drafts.tab('Read-only IMS').click();
    await page.getByRole('button', { name: 'Evaluator pane' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
  });

  const expectWorkspace = async () => {
    await expect(drafts.allTabs).toHaveText([
      'Read-only IMS',
      'Scratch',
      'Deny image sharing outside the organizationSCP',
    ]);
    await expect(drafts.activeTab).toHaveText('Read-only IMS');
    await expect(drafts.editorView).toContainText('ims:quotas:get');
    await expect(page.getByRole('region', { name: 'Evaluator' })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  };
  await expectWorkspace();
  await page.reload();
  await expectWorkspace();
  await drafts.tab('Scratch').click();
  await expect(drafts.editorView).toContainText('"ims:images:share"');
  await drafts.tab(/^Deny image sharing/).click();
  await expect(drafts.policyType).toHaveValue('scp');
});

test('a save from an older version is migrated: its SCP selection comes back as a chain', async ({
  page,
}) => {
  await seedStorage(page, {
    'policy-workbench:drafts': JSON.stringify({
      version: 1,
      state: {
        drafts: [
          {
            id: 'd1',
            name: 'Guardrail',
            policyType: 'scp',
            text: '{"Version":"5.0","Statement":[]}',
          },
        ],
        activeDraftId: 'd1',
      },
    }),
    'policy-workbench:scenario': JSON.stringify({
      version: 1,
      state: { selectedScpIds: ['d1'], context: { 'g:RequestedRegion': 'cn-north-4' } },
    }),
  });
  const drafts = draftsPage(page);
  await drafts.open();
  await expect(drafts.allTabs).toHaveText(['GuardrailSCP']);
  await expect(drafts.editorView).toContainText('Statement');
  // Scoped to the pane: Monaco adds two empty role="alert" live regions to the page body.
  await expect(drafts.pane.getByRole('alert')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await drafts.button('Export workspace').click();
  const file = JSON.parse(await downloadedText(await download));
  expect(file).toMatchObject({
    app: 'policy-workbench',
    kind: 'workspace',
    version: 1,
    drafts: [{ name: 'Guardrail', policyType: 'scp' }],
    scpChain: { governed: true, levels: [{ name: 'Account', scpIds: [file.drafts[0].id] }] },
    context: { 'g:RequestedRegion': 'cn-north-4' },
  });
});

test('corrupt saved data is set aside with a notice, and every valid draft is kept', async ({
  page,
}) => {
  const brokenDrafts = JSON.stringify({
    version: 1,
    state: {
      drafts: [
        {
          id: 'a',
          name: 'Kept one',
          policyType: 'identity',
          text: '{"Version":"5.0","Statement":[]}',
        },
        { id: 'b', name: 'Broken', policyType: 'bucket-policy', text: '{}' },
        { id: 'c', name: 'Kept two', policyType: 'scp', text: '{"Version":"5.0","Statement":[]}' },
      ],
      activeDraftId: 'b',
    },
  });
  await seedStorage(page, {
    'policy-workbench:drafts': brokenDrafts,
    'policy-workbench:ui': '{"state": {"theme": "dark", ',
    'policy-workbench:scenario': '["something", "else"]',
  });
  const drafts = draftsPage(page);
  await drafts.open();

  await expect(page.getByRole('region', { name: 'Catalog browser' })).toBeVisible();
  await expect(drafts.allTabs).toHaveText(['Kept one', 'Kept twoSCP']);
  await expect(drafts.activeTab).toHaveText('Kept one');
  const draftsNotice = drafts.pane
    .getByRole('alert')
    .filter({ hasText: 'Some saved drafts could not be read' });
  await expect(draftsNotice).toContainText(
    'draft 2 (`Broken`) is neither an identity policy nor an SCP',
  );
  await expect(draftsNotice).toContainText('policy-workbench:drafts:backup:');
  await expect(
    drafts.pane.getByRole('alert').filter({ hasText: 'Saved display settings could not be read' }),
  ).toContainText('the saved data is not JSON');
  await expect(
    drafts.pane
      .getByRole('alert')
      .filter({ hasText: 'Saved SCP selection and request context could not be read' }),
  ).toContainText('not a Policy Workbench save');

  const keys = await storageKeys(page);
  expect(keys.filter((key) => key.includes(':backup:'))).toHaveLength(3);
  const draftsBackup = keys.find((key) => key.startsWith('policy-workbench:drafts:backup:')) ?? '';
  expect(await page.evaluate((key) => localStorage.getItem(key), draftsBackup)).toBe(brokenDrafts);

  await draftsNotice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(draftsNotice).toHaveCount(0);

  await page.reload();
  await expect(drafts.allTabs).toHaveText(['Kept one', 'Kept twoSCP']);
  await expect(drafts.pane.getByRole('alert')).toHaveCount(0);
});
