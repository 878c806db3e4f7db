import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const savedNames = (page: Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('policy-workbench:drafts') ?? 'null') as {
      state?: { drafts?: { name: string }[] };
    } | null;
    return (saved?.state?.drafts ?? []).map((draft) => draft.name);
  });

test('an oversized paste is refused with a message before it replaces anything', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.button('New policy').click();
  const small =
    '{"Version": "5.0", "Statement": [{"Effect": "Allow", "Action": ["ims:images:list"]}]}';
  await drafts.typeText(small);
  await expect.poll(async () => (await drafts.savedDrafts())[0]?.text).toBe(small);
  await expect(drafts.pane.getByLabel('Policy size')).toHaveText(/^\d+ of 6,144 bytes$/);

  await drafts.typeText(`{"Version": "5.0", "Padding": "${'x'.repeat(1_100_000)}"}`);
  await expect(drafts.pane.getByRole('alert')).toContainText(
    'a draft holds at most 1,000,000. Nothing was changed.',
  );
  await expect(drafts.editorView).toContainText('ims:images:list');
  await page.reload();
  await expect.poll(async () => (await drafts.savedDrafts())[0]?.text).toBe(small);
  await expect(drafts.editorView).toContainText('ims:images:list');
});

test('keys typed just before a reload are saved', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.button('New policy').click();
  await drafts.typeText('{"Version": "5.0", "Statement": []}');
  await expect(drafts.editorStatus).toContainText('Editor ready');
  await page.getByRole('textbox', { name: /^Policy editor: / }).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' ');
  await page.keyboard.type('"burst"');
  await page.reload();
  await expect(drafts.editorView).toContainText('"burst"');
});

test('two tabs: a draft created in each survives the other tab saving', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const one = draftsPage(first);
  const two = draftsPage(second);
  await one.open();
  await two.open();
  await one.button('New policy').click();
  await one.rename('Untitled policy', 'From tab one');
  await expect(two.tab('From tab one')).toBeVisible();
  await two.button('New SCP').click();
  await two.rename(/^Untitled SCP/, 'From tab two');
  await expect(one.tab(/^From tab two/)).toBeVisible();
  await one.button('New policy').click();
  await expect
    .poll(() => savedNames(first))
    .toEqual(['From tab one', 'From tab two', 'Untitled policy']);
  await second.reload();
  await expect(two.allTabs).toHaveText(['From tab one', 'From tab twoSCP', 'Untitled policy']);
});

test('drafts saved by a newer version are set aside with a notice, never overwritten', async ({
  page,
}) => {
  const future = JSON.stringify({
    version: 2,
    state: {
      drafts: [{ id: 'f', name: 'From the future', policyType: 'identity', text: '{}' }],
      activeDraftId: 'f',
    },
  });
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', 'yes');
    localStorage.setItem('policy-workbench:drafts', raw);
  }, future);
  const drafts = draftsPage(page);
  await drafts.open();
  await expect(page.getByRole('alert').filter({ hasText: 'set aside' })).toContainText(
    'saved by a newer version of Policy Workbench',
  );
  await drafts.button('New policy').click();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('policy-workbench:drafts:backup:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual([future]);
});

test('an import batch gives every file its own result, a 10,000-deep file included', async ({
  page,
}) => {
  const drafts = draftsPage(page);
  await drafts.open();
  const deep = `{"Statement": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const good =
    '{"Version": "5.0", "Statement": [{"Effect": "Allow", "Action": ["ims:images:list"]}]}';
  const chooser = page.waitForEvent('filechooser');
  await drafts.button('Import…').click();
  await (
    await chooser
  ).setFiles([
    { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) },
    { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) },
  ]);
  await expect(drafts.pane.getByText('the file nests deeper than 64 levels')).toBeVisible();
  await expect(drafts.tab('good')).toBeVisible();
});
