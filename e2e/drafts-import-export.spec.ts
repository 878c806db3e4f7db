import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { downloadedText, draftsPage } from './fixtures/drafts-page';
import { evaluatorPage } from './fixtures/evaluator-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const policy = (name: string) => new URL(`./policies/${name}`, import.meta.url).pathname;
const policyFile = async (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: await readFile(policy(name)),
});
const brokenFile = {
  name: 'broken.json',
  mimeType: 'application/json',
  buffer: Buffer.from('{\n  "Version": "5.0",\n  "Statement": [\n    { "Effect": "Allow" }\n'),
};

/** Drops files onto the drafts pane the way a file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list)
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return transfer;
  }, files);
  const pane = draftsPage(page).pane;
  await pane.dispatchEvent('dragenter', { dataTransfer });
  await pane.dispatchEvent('dragover', { dataTransfer });
  await expect(pane.getByText('Drop policy files to import them as drafts')).toBeVisible();
  await pane.dispatchEvent('drop', { dataTransfer });
}

test('several files are imported through the file picker, each with its own result', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  const chooser = page.waitForEvent('filechooser');
  await drafts.button('Import…').click();
  await (
    await chooser
  ).setFiles([
    await policyFile('read-only-ims.json'),
    await policyFile('deny-sharing-scp.json'),
    brokenFile,
    await policyFile('not-a-policy.json'),
  ]);

  const results = drafts.pane.getByRole('region', { name: 'Import results' });
  await expect(results.getByRole('status')).toHaveText('2 of 4 files could not be imported');
  await expect(results.getByRole('listitem')).toHaveText([
    'read-only-ims.json: added as identity policy “read-only-ims” (it is not marked as an SCP; you can change the type)',
    'deny-sharing-scp.json: added as SCP “deny-sharing-scp” (its file name says SCP; you can change the type)',
    'broken.json: the file is not valid JSON: close bracket expected on line 5',
    'not-a-policy.json: the file is not a policy: it has no `Statement`',
  ]);
  await expect(drafts.allTabs).toHaveText(['read-only-ims', 'deny-sharing-scpSCP']);
  await drafts.tab('read-only-ims').click();
  await expect(drafts.editorView).toContainText('ims:images:get');

  await drafts.policyType.selectOption('SCP');
  await expect(drafts.activeTab).toHaveText('read-only-imsSCP');
  await results.getByRole('button', { name: 'Dismiss' }).click();
  await expect(results).toHaveCount(0);
});

test('files dropped on the drafts pane become drafts beside the existing ones', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  await dropFiles(page, [
    { name: 'guardrail.json', text: await readFile(policy('guardrail.json'), 'utf8') },
    { name: 'Read-only IMS.json', text: await readFile(policy('read-only-ims.json'), 'utf8') },
  ]);
  await expect(drafts.allTabs).toHaveText(['Read-only IMS', 'guardrailSCP', 'Read-only IMS (2)']);
  await expect(drafts.pane.getByRole('region', { name: 'Import results' })).toContainText(
    'guardrail.json: added as SCP “guardrail” (all its statements deny',
  );
  await expect(drafts.pane.getByText('Drop policy files to import them as drafts')).toBeHidden();
});

test('a draft exports as its policy file, and the workspace exports and imports back', async ({
  page,
  browser,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Require encrypted image copies');
  await drafts.fromTemplate('Deny image sharing outside the organization');
  // A resource scope, which the workspace file carries with the evaluator's other settings.
  const ev = evaluatorPage(page);
  await ev.openInputs();
  await ev.inputs.getByRole('textbox', { name: 'Region' }).fill('cn-north-4');

  const draftDownload = page.waitForEvent('download');
  await drafts.toolbarButton('Export draft').click();
  const draftFile = await draftDownload;
  expect(draftFile.suggestedFilename()).toBe('Deny image sharing outside the organization.json');
  expect(JSON.parse(await downloadedText(draftFile))).toMatchObject({
    Statement: [{ Effect: 'Deny', Action: ['ims:images:share'] }],
  });

  const workspaceDownload = page.waitForEvent('download');
  await drafts.button('Export workspace').click();
  const workspaceFile = await workspaceDownload;
  expect(workspaceFile.suggestedFilename()).toMatch(
    /^policy-workbench-workspace-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const workspacePath = await workspaceFile.path();
  expect(JSON.parse(await downloadedText(workspaceFile)).evaluation).toMatchObject({
    resourceScope: { region: 'cn-north-4' },
  });

  // Another browser profile, with its own draft: the import adds, never replaces.
  const other = await browser.newPage();
  const otherDrafts = draftsPage(other);
  await otherDrafts.open();
  await otherDrafts.button('New policy').click();
  const chooser = other.waitForEvent('filechooser');
  await otherDrafts.button('Import…').click();
  await (await chooser).setFiles(workspacePath);
  await expect(otherDrafts.allTabs).toHaveText([
    'Untitled policy',
    'Require encrypted image copies',
    'Deny image sharing outside the organizationSCP',
  ]);
  await expect(otherDrafts.pane.getByRole('region', { name: 'Import results' })).toContainText(
    'added 2 drafts: Require encrypted image copies, Deny image sharing outside the organization',
  );
  await otherDrafts.tab('Require encrypted image copies').click();
  await expect(otherDrafts.editorView).toContainText('CopyOnlyEncrypted');

  // Its evaluator settings are offered with its SCP selection and context, not applied unasked.
  const otherEv = evaluatorPage(other);
  await otherEv.openInputs();
  const region = otherEv.inputs.getByRole('textbox', { name: 'Region' });
  await expect(region).toHaveValue('');
  const results = otherDrafts.pane.getByRole('region', { name: 'Import results' });
  await results
    .getByRole('button', { name: 'Use its SCP selection, request context and evaluator settings' })
    .click();
  await expect(results).toContainText(
    'Its SCP selection, request context and evaluator settings are now in use.',
  );
  await expect(region).toHaveValue('cn-north-4');
  await other.close();
});
