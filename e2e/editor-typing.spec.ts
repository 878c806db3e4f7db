import { expect as baseExpect, test } from '@playwright/test';
import { serveEditorCatalogs } from './fixtures/editor-catalogs';
import { PolicyEditorPage } from './fixtures/editor-page';

// Monaco is a multi-megabyte chunk: on a busy machine the first screen waits for it a while.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeEach(async ({ page }) => {
  await serveEditorCatalogs(page);
});

const skeleton = JSON.stringify(
  {
    Version: '5.0',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['ims:images:list'],
        Condition: {
          IpAddress: { 'g:SourceIp': ['CIDR'] },
          StringLike: { 'g:PrincipalOrgPath': ['ORGPATH'] },
        },
      },
    ],
  },
  null,
  2,
);

test('every key typed in the editor lands in the editor: `/`, `?` and `*` included', async ({
  page,
}) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(skeleton);
  const search = page.getByRole('combobox', { name: /Search actions, APIs/ });

  await test.step('a CIDR typed key by key inside a condition value', async () => {
    await editor.placeCursorAfter('CIDR');
    for (let i = 0; i < 'CIDR'.length; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('10.0.0.0/8');
  });

  await test.step('an organization path with `?` and `*`, typed key by key', async () => {
    await editor.placeCursorAfter('ORGPATH');
    for (let i = 0; i < 'ORGPATH'.length; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('o-a1/r-b2/ou-c?/*');
  });

  await expect
    .poll(() => editor.savedPolicy())
    .toMatchObject({
      Statement: [
        {
          Condition: {
            IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] },
            StringLike: { 'g:PrincipalOrgPath': ['o-a1/r-b2/ou-c?/*'] },
          },
        },
      ],
    });
  await expect(search).toHaveValue('');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(editor.editor).toBeFocused();
});

test('outside the editor, `/` still focuses the search box and `?` opens the shortcut sheet', async ({
  page,
}) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: /Search actions, APIs/ });
  await expect(search).toBeFocused();
  await page.keyboard.type('ims:images');
  await expect(search).toHaveValue('ims:images');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
