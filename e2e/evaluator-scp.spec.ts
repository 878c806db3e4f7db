import { expect, test } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';
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
          { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:get', 'ims:images:share'] },
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
  });
});

test('an SCP deny at an OU shows `denied by SCP` with the statement and level that deny', async ({
  page,
}) => {
  const ev = evaluatorPage(page);
  await ev.open();
  const share = ev.row(/POST\s*\/v2\/images\/\{image_id\}\/members /);

  await test.step('without SCPs the draft allows sharing', async () => {
    await ev.search('/v2/images/{image_id}/members');
    await expect(share).toHaveText(/^allowed\s*POST/);
  });

  await test.step('build the chain root → Dev OU → account and attach the SCP to the OU', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('checkbox', { name: 'Governed by SCPs' }).check();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Root' })).toHaveText('FullAccess×');
    await ev.inputs.getByRole('button', { name: 'Add OU' }).click();
    await ev.inputs.getByRole('textbox', { name: 'Name of level 2' }).fill('Dev OU');
    await ev.inputs
      .getByRole('combobox', { name: 'Attach an SCP to Dev OU' })
      .selectOption('No sharing');
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Dev OU' })).toHaveText(
      'FullAccess×No sharing×',
    );
  });

  await test.step('the API is denied by the SCP, and the explanation says where', async () => {
    await expect(share).toHaveText(
      /^denied by SCP\s*POST.*SCP level `?Dev OU`?|^denied by SCP\s*POST/,
    );
    await expect(
      ev.pane.getByRole('button', { name: 'denied by SCP: 1', exact: true }),
    ).toBeVisible();
    await share.click();
    const explanation = ev.explanation('POST /v2/images/{image_id}/members');
    await expect(explanation).toContainText(
      'Denied by statement 1 (DenySharing) of SCP No sharing at Dev OU.',
    );
    const scp = explanation.getByRole('region', { name: 'SCP No sharing at Dev OU' });
    await expect(scp).toContainText('statement 1 (DenySharing) applies');
    await expect(scp).toContainText('action and resource match');
    await expect(
      explanation.getByRole('region', { name: 'Identity draft Image readers' }),
    ).toContainText('statement 1 (ReadImages) applies');
  });

  await test.step('an action the SCP does not name passes every level', async () => {
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).click();
    await ev.openRow('GET', '/v2/images/{image_id}');
    await expect(ev.explanation('GET /v2/images/{image_id}')).toContainText(
      'Every SCP level allows it: FullAccess at Root, FullAccess at Dev OU and FullAccess at Account.',
    );
    await ev.pane.getByRole('button', { name: '← Back to the matrix' }).click();
  });

  await test.step('a level without SCPs allows nothing', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('button', { name: 'Detach FullAccess from Root' }).click();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Root' })).toHaveText(
      'No SCP: this level allows nothing.',
    );
    await ev.pane.getByText('Inputs', { exact: true }).click();
    await ev.openRow('GET', '/v2/images/{image_id}');
    await expect(ev.explanation('GET /v2/images/{image_id}')).toContainText(
      'Denied: Root has no SCPs attached, so it allows nothing.',
    );
  });
});

test('the evaluator follows the active draft: an SCP draft is evaluated in the chain, a pin holds', async ({
  page,
}) => {
  const ev = evaluatorPage(page);
  const drafts = draftsPage(page);
  const header = ev.pane.getByLabel('Evaluated drafts');
  const share = ev.row(/POST\s*\/v2\/images\/\{image_id\}\/members /);
  await ev.open();
  await ev.search('/v2/images/{image_id}/members');

  await test.step('the header names the active identity draft and the chain', async () => {
    await expect(header).toHaveText(
      'Evaluating “Image readers”, the active draft, not governed by SCPs',
    );
    await expect(share).toHaveText(/^allowed\s*POST/);
  });

  await test.step('opening the SCP draft evaluates the identity draft under it', async () => {
    await drafts.tab(/^No sharing/).click();
    await expect(header).toHaveText(
      'Evaluating “Image readers” under the SCPs of No sharing (active draft), following the active SCP draft',
    );
    await expect(share).toHaveText(/^denied by SCP\s*POST/);
  });

  await test.step('ticking a draft under Inputs pins it; the header offers to follow again', async () => {
    await ev.openInputs();
    await ev.inputs.getByRole('checkbox', { name: 'Image readers' }).uncheck();
    await expect(header).toHaveText('No identity draft chosen under Inputs');
    await ev.inputs.getByRole('checkbox', { name: 'Image readers' }).check();
    await expect(header).toHaveText(
      'Evaluating “Image readers” (pinned under Inputs), not governed by SCPs',
    );
    await expect(share).toHaveText(/^allowed\s*POST/);
    await ev.pane.getByRole('button', { name: 'Follow the active draft' }).first().click();
    await expect(header).toContainText('following the active SCP draft');
    await expect(share).toHaveText(/^denied by SCP\s*POST/);
  });
});
