import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { downloadedText, draftsPage } from './fixtures/drafts-page';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const ACCOUNT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const IMAGE = '4c1e8f7a-6d1b-4bd5-9c79-3d1d4f0a2b11';
const taggedPolicy = JSON.stringify({
  Version: '5.0',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['ims:images:get'],
      Resource: [`ims:cn-north-4:${ACCOUNT}:image:${IMAGE}`],
      Condition: { StringEquals: { 'g:PrincipalAccount': [ACCOUNT] } },
    },
  ],
});

/** Creates the link through the Share dialog, with the given masking. */
async function shareLink(
  page: Page,
  mask: { accountIds: boolean; resourceIds: boolean },
): Promise<string> {
  const drafts = draftsPage(page);
  await drafts.button('Share…').click();
  const dialog = page.getByRole('dialog', { name: 'Share drafts as a link' });
  await dialog.getByRole('checkbox', { name: 'Mask account IDs' }).setChecked(mask.accountIds);
  await dialog.getByRole('checkbox', { name: 'Mask resource IDs' }).setChecked(mask.resourceIds);
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return link;
}

/** A page in a fresh browser profile (its own storage), as the person the link is sent to. */
async function recipient(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Everything the app saved in this browser, to compare before and after a preview. */
const savedStorage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).sort()));

/** The banner a preview of a shared link shows, with its two ways out. */
function previewBanner(page: Page) {
  const banner = draftsPage(page).pane.getByRole('region', {
    name: 'You are viewing a shared link',
  });
  return {
    banner,
    keep: banner.getByRole('button', { name: 'Keep these drafts' }),
    back: banner.getByRole('button', { name: 'Back to my workspace' }),
  };
}

/** The status cell of an API's row in the matrix, as the user reads it. */
const statusOf = (page: Page, row: RegExp) =>
  evaluatorPage(page).row(row).getByRole('gridcell').first();
const SHARE_IMAGE = /POST\s*\/v2\/images\/\{image_id\}\/members /;

test('a share link opens as a preview of the sender’s drafts and context, with account and resource IDs masked', async ({
  page,
  browser,
}) => {
  await page.addInitScript((account) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', 'yes');
    const scenario = {
      scpChain: { governed: false, levels: [] },
      context: { 'g:PrincipalAccount': account },
    };
    localStorage.setItem(
      'policy-workbench:scenario',
      JSON.stringify({ version: 2, state: scenario }),
    );
  }, ACCOUNT);
  const sender = draftsPage(page);
  await sender.open();
  await sender.button('New policy').click();
  await sender.rename('Untitled policy', 'Tagged image access');
  await sender.typeText(taggedPolicy);
  await expect.poll(async () => (await sender.savedDrafts())[0]?.text).toContain(IMAGE);
  await sender.fromTemplate('Deny image sharing outside the organization');
  const link = await shareLink(page, { accountIds: true, resourceIds: true });
  expect(link).toMatch(/\/demo\/#share=[A-Za-z0-9+$-]+$/);

  const other = await recipient(browser);
  const drafts = draftsPage(other);
  await drafts.open();
  await drafts.button('New policy').click();
  await drafts.rename('Untitled policy', 'My own');
  await expect
    .poll(async () => (await drafts.savedDrafts()).map((d) => d.name))
    .toEqual(['My own']);
  await other.goto(link);

  const { banner, keep } = previewBanner(other);
  await expect(banner).toContainText('These are the link’s 2 drafts');
  await expect(banner).toContainText('Account and resource IDs were masked by the sender.');
  await expect(drafts.allTabs).toHaveText([
    'Tagged image access',
    'Deny image sharing outside the organizationSCP',
  ]);
  // The sender last opened the SCP they made from a template: the recipient sees it open too.
  await expect(drafts.activeTab).toHaveText('Deny image sharing outside the organizationSCP');
  await drafts.tab('Tagged image access').click();
  await expect(drafts.editorView).toContainText(
    'ims:cn-north-4:masked-account-1:image:masked-resource-1',
  );
  await expect(drafts.editorView).toContainText('"g:PrincipalAccount":["masked-account-1"]');
  await expect(drafts.editorView).not.toContainText(ACCOUNT);

  await test.step('keeping adds the drafts beside the recipient’s own, and the masked context with them', async () => {
    await keep.click();
    await expect(banner).toHaveCount(0);
    const notice = drafts.pane
      .getByRole('status')
      .filter({ hasText: 'Kept 2 shared drafts beside your own' });
    await expect(notice).toContainText(
      'Tagged image access, Deny image sharing outside the organization',
    );
    await expect(notice).toContainText(
      'The link’s SCP selection, request context and evaluator settings are now in use.',
    );
    await expect(drafts.allTabs).toHaveText([
      'My own',
      'Tagged image access',
      'Deny image sharing outside the organizationSCP',
    ]);
    expect(new URL(other.url()).hash).toBe('');
    const download = other.waitForEvent('download');
    await drafts.button('Export workspace').click();
    const file = JSON.parse(await downloadedText(await download));
    expect(file.context).toEqual({ 'g:PrincipalAccount': 'masked-account-1' });
  });

  await test.step('a reload neither opens the link again nor adds its drafts twice', async () => {
    await other.reload();
    await expect(drafts.allTabs).toHaveCount(3);
    await expect(banner).toHaveCount(0);
  });
  await other.context().close();
});

test('a recipient sees the sender’s verdicts; their own workspace is untouched until they keep the drafts, which are never added twice', async ({
  page,
  browser,
}) => {
  // The sender's identity draft allows sharing images; their SCP at the account denies it.
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:get', 'ims:images:share'] }]),
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
      { name: 'Account', scpIds: ['scp-fullaccess', 'no-sharing'] },
    ],
    context: { 'g:RequestedRegion': 'cn-north-4' },
  });
  const senderEv = evaluatorPage(page);
  await senderEv.open();
  await senderEv.search('/v2/images/{image_id}/members');
  await expect(statusOf(page, SHARE_IMAGE)).toHaveText('denied by SCP');
  const senderVerdict = await statusOf(page, SHARE_IMAGE).textContent();
  const link = await shareLink(page, { accountIds: false, resourceIds: false });

  // The recipient has a draft of their own that allows everything on images, and no SCPs.
  const other = await recipient(browser);
  await seedWorkspace(other, {
    drafts: [
      {
        id: 'mine',
        name: 'My own',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:*'] }]),
      },
    ],
    activeDraftId: 'mine',
  });
  const drafts = draftsPage(other);
  const ev = evaluatorPage(other);
  const { banner, keep, back } = previewBanner(other);
  const header = ev.pane.getByLabel('Evaluated drafts');
  await other.setViewportSize({ width: 1280, height: 800 });
  await ev.open();
  await ev.search('/v2/images/{image_id}/members');
  await expect(statusOf(other, SHARE_IMAGE)).toHaveText('allowed');
  const own = await savedStorage(other);

  await test.step('the link shows the sender’s drafts, and the sender’s verdict under their SCP chain', async () => {
    await other.goto(link);
    await expect(banner).toBeVisible();
    await expect(drafts.allTabs).toHaveText(['Image readers', 'No sharingSCP']);
    await expect(drafts.tab('My own')).toHaveCount(0);
    await expect(header).toContainText('Evaluating “Image readers”');
    await expect(ev.pane.getByText('Shared link preview')).toBeVisible();
    await ev.search('/v2/images/{image_id}/members');
    await expect(statusOf(other, SHARE_IMAGE)).toHaveText(senderVerdict ?? '');
    await ev.openInputs();
    await expect(ev.inputs.getByRole('list', { name: 'SCPs at Account' })).toHaveText(
      'FullAccess×No sharing×',
    );
    await ev.pane.getByText('Inputs', { exact: true }).click();
    expect(await savedStorage(other)).toEqual(own);
    await other.screenshot({ path: '/tmp/share-preview.png' });
    const results = await new AxeBuilder({ page: other }).include('main').analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  await test.step('browsing the catalog and reloading keep the preview, and still save nothing', async () => {
    await other
      .getByRole('region', { name: 'Catalog browser' })
      .getByRole('link', { name: 'ims-5.0' })
      .click();
    expect(new URL(other.url()).hash).toBe('#/services/ims-5.0');
    await expect(banner).toBeVisible();
    await other.reload();
    await expect(banner).toBeVisible();
    await expect(drafts.allTabs).toHaveText(['Image readers', 'No sharingSCP']);
    await ev.search('/v2/images/{image_id}/members');
    await expect(statusOf(other, SHARE_IMAGE)).toHaveText(senderVerdict ?? '');
    expect(await savedStorage(other)).toEqual(own);
  });

  await test.step('going back restores the recipient’s own draft and SCP chain, unchanged', async () => {
    await back.focus();
    await other.keyboard.press('Enter');
    await expect(banner).toHaveCount(0);
    await expect(drafts.allTabs).toHaveText(['My own']);
    await expect(drafts.tab('My own')).toBeFocused();
    await expect(header).toContainText('not governed by SCPs');
    await expect(ev.pane.getByText('Shared link preview')).toHaveCount(0);
    await ev.search('/v2/images/{image_id}/members');
    await expect(statusOf(other, SHARE_IMAGE)).toHaveText('allowed');
    expect(new URL(other.url()).hash).toBe('#/services/ims-5.0');
    expect(await savedStorage(other)).toEqual(own);
    await other.reload();
    await expect(banner).toHaveCount(0);
    await expect(drafts.allTabs).toHaveText(['My own']);
  });

  await test.step('opened again and kept, the drafts are added once, under the link’s chain', async () => {
    await other.goto(link);
    await keep.click();
    await expect(
      drafts.pane.getByRole('status').filter({ hasText: 'Kept 2 shared drafts beside your own' }),
    ).toBeVisible();
    await expect(drafts.allTabs).toHaveText(['My own', 'Image readers', 'No sharingSCP']);
    await expect(drafts.activeTab).toHaveText('Image readers');
    await ev.search('/v2/images/{image_id}/members');
    await expect(statusOf(other, SHARE_IMAGE)).toHaveText(senderVerdict ?? '');
    await expect
      .poll(async () => (await drafts.savedDrafts()).map((d) => d.name))
      .toEqual(['My own', 'Image readers', 'No sharing']);
  });

  await test.step('the same link opened and kept once more adds no duplicate', async () => {
    await other.goto(link);
    await expect(banner).toContainText(
      'Already in your workspace, so keeping will not add them again: Image readers, No sharing',
    );
    await keep.click();
    await expect(
      drafts.pane
        .getByRole('status')
        .filter({ hasText: 'The shared drafts were already in your workspace' }),
    ).toContainText('Already here, unchanged, so not added again: Image readers, No sharing');
    await expect(drafts.allTabs).toHaveText(['My own', 'Image readers', 'No sharingSCP']);
    await other.reload();
    await expect(drafts.allTabs).toHaveText(['My own', 'Image readers', 'No sharingSCP']);
  });
  await other.context().close();
});

test('a recipient’s preview evaluates what the sender evaluated: the pinned draft, the resource scope and the request setting, so the verdicts match', async ({
  page,
  browser,
}) => {
  // The active draft allows everything on images; the pinned one allows reading images of one
  // region and account, which only a resource scope naming them turns from conditional to allowed.
  const drafts = [
    {
      id: 'all',
      name: 'Everything on images',
      policyType: 'identity' as const,
      text: policyText([{ Effect: 'Allow', Action: ['ims:images:*'] }]),
    },
    {
      id: 'north',
      name: 'North images',
      policyType: 'identity' as const,
      text: policyText([
        {
          Sid: 'NorthImages',
          Effect: 'Allow',
          Action: ['ims:images:get'],
          Resource: [`ims:cn-north-4:${ACCOUNT}:image:*`],
        },
      ]),
    },
  ];
  await seedWorkspace(page, { drafts, activeDraftId: 'all' });
  const GET_IMAGE = /GET\s*\/v2\/images\/\{image_id\} /;
  const DELETE_IMAGE = /DELETE\s*\/v2\/images\/\{image_id\} /;
  const rows = [GET_IMAGE, DELETE_IMAGE];
  /** The two APIs' verdicts, as the matrix shows them. */
  const verdicts = async (p: Page) => {
    await evaluatorPage(p).search('/v2/images/{image_id}');
    return Promise.all(rows.map(async (row) => (await statusOf(p, row).textContent()) ?? ''));
  };
  /** The matrix shows these verdicts (once it has caught up with the settings). */
  const expectVerdicts = async (p: Page, expected: string[]) => {
    await evaluatorPage(p).search('/v2/images/{image_id}');
    for (const [index, row] of rows.entries())
      await expect(statusOf(p, row)).toHaveText(expected[index] ?? '');
  };

  const sender = evaluatorPage(page);
  await sender.open();
  await test.step('the sender pins the north draft, scopes the resources and evaluates exactly this request', async () => {
    await sender.openInputs();
    await sender.inputs.getByRole('checkbox', { name: 'North images' }).check();
    await sender.inputs.getByRole('checkbox', { name: 'Everything on images' }).uncheck();
    await sender.inputs.getByRole('textbox', { name: 'Region' }).fill('cn-north-4');
    await sender.inputs.getByRole('textbox', { name: 'Account ID' }).fill(ACCOUNT);
    await sender.inputs.getByRole('radio', { name: /^Exactly this request/ }).check();
    await expect(sender.pane.getByLabel('Evaluated drafts')).toContainText(
      'Evaluating “North images” (pinned under Inputs)',
    );
    await expectVerdicts(page, ['allowed', 'not allowed']);
  });
  // Without the pin the active draft would allow DELETE; without the scope GET would be conditional.
  const senderVerdicts = await verdicts(page);
  const link = await shareLink(page, { accountIds: false, resourceIds: false });
  const maskedLink = await shareLink(page, { accountIds: true, resourceIds: false });

  // The recipient follows their own active draft, with a resource scope of their own.
  const other = await recipient(browser);
  await seedWorkspace(other, {
    drafts: [
      {
        id: 'mine',
        name: 'My own',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:*'] }]),
      },
    ],
    activeDraftId: 'mine',
    evaluator: { resourceScope: { region: 'eu-west-0', accountId: '', resourceId: '' } },
  });
  const ev = evaluatorPage(other);
  const otherDrafts = draftsPage(other);
  const { banner, keep, back } = previewBanner(other);
  const header = ev.pane.getByLabel('Evaluated drafts');
  const field = (name: string) => ev.inputs.getByRole('textbox', { name });
  await other.setViewportSize({ width: 1280, height: 800 });
  await ev.open();

  await test.step('the preview shows the sender’s verdicts, and their settings under Inputs', async () => {
    await other.goto(link);
    await expect(banner).toContainText('with their evaluator settings');
    await expect(otherDrafts.activeTab).toHaveText('Everything on images');
    await expect(header).toContainText('Evaluating “North images” (pinned under Inputs)');
    await expectVerdicts(other, senderVerdicts);
    await ev.openInputs();
    await expect(ev.inputs.getByRole('checkbox', { name: 'North images' })).toBeChecked();
    await expect(
      ev.inputs.getByRole('checkbox', { name: 'Everything on images' }),
    ).not.toBeChecked();
    await expect(field('Region')).toHaveValue('cn-north-4');
    await expect(field('Account ID')).toHaveValue(ACCOUNT);
    await expect(field('Resource ID')).toHaveValue('');
    await expect(ev.inputs.getByRole('radio', { name: /^Exactly this request/ })).toBeChecked();
  });

  await test.step('going back brings the recipient’s own settings back', async () => {
    await back.click();
    await expect(banner).toHaveCount(0);
    await expect(header).toContainText('Evaluating “My own”, the active draft');
    await expectVerdicts(other, ['allowed', 'allowed']);
    await ev.openInputs();
    await expect(field('Region')).toHaveValue('eu-west-0');
    await expect(field('Account ID')).toHaveValue('');
    await expect(ev.inputs.getByRole('radio', { name: /^Any request/ })).toBeChecked();
  });

  await test.step('with account IDs masked, the scope’s account is masked as the drafts’ is, and the verdicts still match', async () => {
    await other.goto(maskedLink);
    await expect(banner).toContainText('Account IDs were masked by the sender.');
    await expectVerdicts(other, senderVerdicts);
    await ev.openInputs();
    await expect(field('Account ID')).toHaveValue('masked-account-1');
    await otherDrafts.tab('North images').click();
    await expect(otherDrafts.editorView).toContainText('ims:cn-north-4:masked-account-1:image:*');
  });

  await test.step('keeping the drafts keeps the settings they were evaluated with, saved', async () => {
    await keep.click();
    await expect(
      otherDrafts.pane
        .getByRole('status')
        .filter({ hasText: 'Kept 2 shared drafts beside your own' }),
    ).toContainText(
      'The link’s SCP selection, request context and evaluator settings are now in use.',
    );
    await expect(otherDrafts.allTabs).toHaveText([
      'My own',
      'Everything on images',
      'North images',
    ]);
    await expect(header).toContainText('Evaluating “North images” (pinned under Inputs)');
    await expectVerdicts(other, senderVerdicts);
    await other.reload();
    await expect(header).toContainText('Evaluating “North images” (pinned under Inputs)');
    await expectVerdicts(other, senderVerdicts);
    await ev.openInputs();
    await expect(field('Region')).toHaveValue('cn-north-4');
    await expect(field('Account ID')).toHaveValue('masked-account-1');
  });
  await other.context().close();
});

test('a sender editing an SCP shares it evaluated against the identity draft they last had open', async ({
  page,
  browser,
}) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:get'] }]),
      },
      {
        id: 'sharers',
        name: 'Image sharers',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:share'] }]),
      },
      {
        id: 'no-sharing',
        name: 'No sharing',
        policyType: 'scp',
        text: policyText([{ Effect: 'Deny', Action: ['ims:images:share'] }]),
      },
    ],
    activeDraftId: 'readers',
  });
  const evaluated =
    'Evaluating “Image sharers” under the SCPs of No sharing (active draft), following the active SCP draft';
  const sender = draftsPage(page);
  const senderEv = evaluatorPage(page);
  await senderEv.open();
  await sender.tab('Image sharers').click();
  await sender.tab(/^No sharing/).click();
  await expect(senderEv.pane.getByLabel('Evaluated drafts')).toHaveText(evaluated);
  await senderEv.search('/v2/images/{image_id}/members');
  await expect(statusOf(page, SHARE_IMAGE)).toHaveText('denied by SCP');
  const link = await shareLink(page, { accountIds: false, resourceIds: false });

  const other = await recipient(browser);
  const ev = evaluatorPage(other);
  await ev.open();
  await other.goto(link);
  await expect(draftsPage(other).activeTab).toHaveText('No sharingSCP');
  await expect(ev.pane.getByLabel('Evaluated drafts')).toHaveText(evaluated);
  await ev.search('/v2/images/{image_id}/members');
  await expect(statusOf(other, SHARE_IMAGE)).toHaveText('denied by SCP');
  await other.context().close();
});

test('edits made in a preview are kept with its drafts; another tab’s work goes on meanwhile', async ({
  page,
  context,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  const link = await shareLink(page, { accountIds: false, resourceIds: false });
  await drafts.tab('Read-only IMS').dblclick();
  await drafts.nameInput.fill('Mine');
  await drafts.nameInput.press('Enter');
  await expect.poll(async () => (await drafts.savedDrafts()).map((d) => d.name)).toEqual(['Mine']);
  const otherLink = await shareLink(page, { accountIds: false, resourceIds: false });

  await page.goto(link);
  const { banner, keep } = previewBanner(page);
  await expect(drafts.allTabs).toHaveText(['Read-only IMS']);
  await expect(banner).toContainText('Edits you make here are kept only if you keep these drafts');
  await drafts.typeText('{"Version": "5.0", "Statement": []}');
  await expect(banner).toContainText('You have changed these drafts');

  await test.step('another link does not replace the changed preview unasked', async () => {
    await page.goto(otherLink);
    const ask = drafts.pane.getByRole('alert').filter({ hasText: 'Open the other shared link?' });
    await expect(ask).toContainText('It holds Mine.');
    await ask.getByRole('button', { name: 'Stay on this one' }).click();
    await expect(ask).toHaveCount(0);
    await expect(drafts.allTabs).toHaveText(['Read-only IMS']);
    await expect(banner).toContainText('You have changed these drafts');
    expect(page.url()).toBe(link);
  });

  await test.step('a second tab shows the own workspace, and saves a draft of its own', async () => {
    const second = draftsPage(await context.newPage());
    await second.open();
    await expect(second.allTabs).toHaveText(['Mine']);
    await second.button('New SCP').click();
    await expect
      .poll(async () => (await second.savedDrafts()).map((d) => d.name))
      .toEqual(['Mine', 'Untitled SCP']);
    await expect(drafts.allTabs).toHaveText(['Read-only IMS']);
  });

  await keep.click();
  await expect(drafts.allTabs).toHaveText(['Mine', 'Untitled SCPSCP', 'Read-only IMS']);
  await drafts.tab('Read-only IMS').click();
  await expect(drafts.editorView).toContainText('"Statement": []');
  await expect
    .poll(async () => (await drafts.savedDrafts()).map((d) => d.name))
    .toEqual(['Mine', 'Untitled SCP', 'Read-only IMS']);
});

test('a link carries the shared drafts’ expectations, shown in the preview and kept beside the recipient’s own', async ({
  page,
  browser,
}) => {
  // Both workspaces have a draft with the id `readers`: the shared one must get a new id, and
  // its expectations must follow it without touching the recipient's.
  const readersDraft = (name: string, actions: string[]) => ({
    id: 'readers',
    name,
    policyType: 'identity' as const,
    text: policyText([{ Effect: 'Allow', Action: actions }]),
  });
  await seedWorkspace(page, {
    drafts: [readersDraft('Image readers', ['ims:images:list', 'ims:images:get'])],
    activeDraftId: 'readers',
    evaluator: {
      expectations: {
        readers: [
          {
            id: 'e1',
            target: { kind: 'api', service: 'ims', api: 'DELETE /v2/images/{image_id}' },
            expect: 'denied',
          },
          {
            id: 'e2',
            target: { kind: 'action', action: 'ims:images:share' },
            expect: 'allowed',
          },
        ],
      },
    },
  });
  await draftsPage(page).open();
  const link = await shareLink(page, { accountIds: true, resourceIds: false });

  const other = await recipient(browser);
  await seedWorkspace(other, {
    drafts: [readersDraft('My readers', ['ims:images:*'])],
    activeDraftId: 'readers',
    evaluator: {
      expectations: {
        readers: [
          {
            id: 'mine',
            target: { kind: 'action', action: 'ims:images:get' },
            expect: 'allowed',
          },
        ],
      },
    },
  });
  await other.goto(link);
  const drafts = draftsPage(other);
  const ev = evaluatorPage(other);
  const itemsOf = (draft: string) =>
    ev.pane
      .getByRole('region', { name: `Expectations of ${draft}` })
      .getByRole('listitem')
      .filter({ has: other.getByRole('button', { name: /^Remove expectation/ }) });
  await expect(drafts.allTabs).toHaveText(['Image readers']);

  await test.step('the preview shows the link’s expectations, checked, and none of the recipient’s', async () => {
    await ev.tab(/^Expectations/).click();
    await expect(itemsOf('Image readers')).toHaveText([
      /^passes\s*DELETE \/v2\/images\/\{image_id\} of IMS must be denied/,
      /^fails\s*action ims:images:share must be allowed.*not allowed/,
    ]);
    await expect(itemsOf('My readers')).toHaveCount(0);
  });

  await test.step('keeping them adds them beside the recipient’s, saved', async () => {
    await previewBanner(other).keep.click();
    await expect(
      drafts.pane.getByRole('status').filter({ hasText: 'Kept 1 shared draft beside your own' }),
    ).toContainText('Their 2 expectations came with them');
    await expect(drafts.allTabs).toHaveText(['My readers', 'Image readers']);
    await expect(itemsOf('Image readers')).toHaveCount(2);
    await expect(itemsOf('My readers')).toHaveText([
      /^passes\s*action ims:images:get must be allowed/,
    ]);
    await expect(ev.tab('Expectations (1 failing)')).toBeVisible();
    await other.reload();
    await ev.tab(/^Expectations/).click();
    await expect(itemsOf('Image readers')).toHaveCount(2);
    await expect(itemsOf('My readers')).toHaveCount(1);
  });
  await other.context().close();
});

test('kept beside drafts of the same name, the link’s drafts get suffixed names', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  const link = await shareLink(page, { accountIds: false, resourceIds: false });
  // The same name with other contents: a different draft, so it is added beside, renamed.
  await drafts.typeText('{"Version": "5.0", "Statement": []}');
  await expect.poll(async () => (await drafts.savedDrafts())[0]?.text).toContain('"Statement": []');
  await page.goto(link);
  const { banner, keep } = previewBanner(page);
  await expect(banner).not.toContainText('masked');
  await expect(banner).not.toContainText('Already in your workspace');
  await keep.click();
  await expect(drafts.allTabs).toHaveText(['Read-only IMS', 'Read-only IMS (2)']);
});

test('a link with many drafts is previewed without asking, and adds nothing until kept', async ({
  page,
  browser,
}) => {
  const many = Array.from({ length: 6 }, (_, index) => ({
    id: `d${index}`,
    name: `Shared ${index + 1}`,
    policyType: 'identity' as const,
    text: policyText([{ Effect: 'Allow', Action: ['ims:images:list'] }]),
  }));
  await seedWorkspace(page, { drafts: many, activeDraftId: 'd0' });
  const sender = draftsPage(page);
  await sender.open();
  await expect(sender.allTabs).toHaveCount(6);
  const link = await shareLink(page, { accountIds: false, resourceIds: false });

  const other = await recipient(browser);
  const drafts = draftsPage(other);
  await drafts.open();
  await other.goto(link);
  const { banner, back, keep } = previewBanner(other);
  await expect(banner).toContainText('These are the link’s 6 drafts');
  await expect(drafts.allTabs).toHaveCount(6);
  expect(await drafts.savedDrafts()).toEqual([]);
  await back.click();
  await expect(drafts.allTabs).toHaveCount(0);

  await other.goto(link);
  await keep.click();
  await expect(drafts.allTabs).toHaveCount(6);
  await expect.poll(async () => (await drafts.savedDrafts()).length).toBe(6);
  await other.context().close();
});

test('hostile or broken links are refused with a message and change nothing', async ({
  page,
  browser,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a link opened a ${dialog.type()} dialog`);
  });
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.button('New policy').click();
  await drafts.rename('Untitled policy', '<img src=x onerror=alert(1)>');
  const hostileLink = await shareLink(page, { accountIds: false, resourceIds: false });

  const other = await recipient(browser);
  other.on('dialog', (dialog) => {
    throw new Error(`a link opened a ${dialog.type()} dialog`);
  });
  const target = draftsPage(other);
  const cases = [
    {
      link: hostileLink,
      title: 'The shared link could not be opened',
      detail: 'draft 1 has a name that looks like markup or script',
    },
    {
      link: '/demo/#share=%E0%A4%A',
      title: 'The shared link is damaged',
      detail: 'it is not valid link text',
    },
    {
      link: '/demo/#share=<script>alert(1)</script>',
      title: 'The shared link is damaged',
      detail: 'could not be decompressed',
    },
    {
      link: hostileLink.slice(0, hostileLink.indexOf('#share=') + 40),
      title: 'The shared link is damaged',
      detail: 'could not be decompressed',
    },
    {
      link: `/demo/#share=${'A'.repeat(310_000)}`,
      title: 'The shared link is too large to open',
      detail: 'longer than',
    },
  ];
  for (const { link, title, detail } of cases) {
    await test.step(title, async () => {
      await other.goto(link);
      const alert = target.pane.getByRole('alert').filter({ hasText: title });
      await expect(alert).toContainText(detail);
      await expect(alert).toContainText('Your own drafts are unchanged.');
      await expect(target.allTabs).toHaveCount(0);
      expect(new URL(other.url()).hash).toBe('');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert).toHaveCount(0);
    });
  }
  await expect(other.locator('img[src="x"]')).toHaveCount(0);
  await other.context().close();
});
