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

test('a share link round-trips drafts and context, with account and resource IDs masked', async ({
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
  await other.goto(link);

  const notice = drafts.pane
    .getByRole('status')
    .filter({ hasText: 'Added 2 shared drafts beside your own' });
  await expect(notice).toContainText(
    'Tagged image access, Deny image sharing outside the organization',
  );
  await expect(notice).toContainText('Account and resource IDs were masked by the sender.');
  await expect(drafts.allTabs).toHaveText([
    'My own',
    'Tagged image access',
    'Deny image sharing outside the organizationSCP',
  ]);
  expect(new URL(other.url()).hash).toBe('');

  await drafts.tab('Tagged image access').click();
  await expect(drafts.editorView).toContainText(
    'ims:cn-north-4:masked-account-1:image:masked-resource-1',
  );
  await expect(drafts.editorView).toContainText('"g:PrincipalAccount":["masked-account-1"]');
  await expect(drafts.editorView).not.toContainText(ACCOUNT);

  await test.step('the link’s context is applied only when asked, masked like the drafts', async () => {
    await notice
      .getByRole('button', { name: 'Use the link’s SCP selection and request context' })
      .click();
    await expect(notice).toContainText('now in use');
    const download = other.waitForEvent('download');
    await drafts.button('Export workspace').click();
    const file = JSON.parse(await downloadedText(await download));
    expect(file.context).toEqual({ 'g:PrincipalAccount': 'masked-account-1' });
  });

  await test.step('a reload neither adds the drafts again nor repeats the notice', async () => {
    await other.reload();
    await expect(drafts.allTabs).toHaveCount(3);
    await expect(notice).toHaveCount(0);
  });
  await other.context().close();
});

test('a link carries the shared drafts’ expectations, checked on arrival beside the recipient’s own', async ({
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
  const notice = drafts.pane
    .getByRole('status')
    .filter({ hasText: 'Added 1 shared draft beside your own' });
  await expect(notice).toContainText('Their 2 expectations came with them');
  await expect(drafts.allTabs).toHaveText(['My readers', 'Image readers']);

  const ev = evaluatorPage(other);
  await ev.tab(/^Expectations/).click();
  const itemsOf = (draft: string) =>
    ev.pane
      .getByRole('region', { name: `Expectations of ${draft}` })
      .getByRole('listitem')
      .filter({ has: other.getByRole('button', { name: /^Remove expectation/ }) });
  await expect(itemsOf('Image readers')).toHaveText([
    /^passes\s*DELETE \/v2\/images\/\{image_id\} of IMS must be denied/,
    /^fails\s*action ims:images:share must be allowed.*not allowed/,
  ]);
  await expect(itemsOf('My readers')).toHaveText([
    /^passes\s*action ims:images:get must be allowed/,
  ]);
  await expect(ev.tab('Expectations (1 failing)')).toBeVisible();

  await test.step('they are saved with the recipient’s workspace', async () => {
    await other.reload();
    await ev.tab(/^Expectations/).click();
    await expect(itemsOf('Image readers')).toHaveCount(2);
    await expect(itemsOf('My readers')).toHaveCount(1);
  });
  await other.context().close();
});

test('opening a link beside drafts of the same name suffixes the names', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  const link = await shareLink(page, { accountIds: false, resourceIds: false });
  // The same name with other contents: a different draft, so it is added beside, renamed.
  await drafts.typeText('{"Version": "5.0", "Statement": []}');
  await expect.poll(async () => (await drafts.savedDrafts())[0]?.text).toContain('"Statement": []');
  await page.goto(link);
  await expect(drafts.allTabs).toHaveText(['Read-only IMS', 'Read-only IMS (2)']);
  const notice = drafts.pane.getByRole('status').filter({ hasText: 'Added 1 shared draft' });
  await expect(notice).not.toContainText('masked');
  // Sender and receiver both have the default SCP chain and no context: nothing to offer.
  await expect(notice.getByRole('button', { name: /^Use the link’s SCP selection/ })).toHaveCount(
    0,
  );
});

test('opening the same link again adds no duplicate drafts', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Read-only IMS');
  const link = await shareLink(page, { accountIds: false, resourceIds: false });
  await page.goto(link);
  await expect(
    drafts.pane.getByRole('status').filter({ hasText: 'already in your workspace' }),
  ).toContainText('Already here, unchanged, so not added again: Read-only IMS');
  await expect(drafts.allTabs).toHaveText(['Read-only IMS']);
});

test('a link that would add many drafts asks first, and adds nothing when declined', async ({
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
  const ask = drafts.pane.getByRole('alert').filter({ hasText: 'This link would add 6 drafts' });
  await expect(ask).toContainText('Shared 1, Shared 2');
  await expect(drafts.allTabs).toHaveCount(0);
  await ask.getByRole('button', { name: 'Don’t add them' }).click();
  await expect(ask).toBeHidden();
  await expect(drafts.allTabs).toHaveCount(0);

  await other.goto(link);
  await drafts.pane.getByRole('alert').getByRole('button', { name: 'Add 6 drafts' }).click();
  await expect(drafts.allTabs).toHaveCount(6);
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
