import { expect as baseExpect, test } from '@playwright/test';
import { serveEditorCatalogs } from './fixtures/editor-catalogs';
import { PolicyEditorPage } from './fixtures/editor-page';

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '5.0', Statement: [{ Effect: 'Allow', ...statement }] });

// Monaco is a multi-megabyte chunk: on a busy machine the first screen waits for it a while.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeEach(async ({ page }) => {
  await serveEditorCatalogs(page);
});

test('an action is completed in stages: service, resource segment, operation', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Action: [] }));
  await editor.placeCursorAfter('"Action":[');

  await test.step('the service prefixes come first, with counts', async () => {
    await page.keyboard.type('"');
    await expect(editor.suggestion('ims:')).toBeVisible();
    await expect(editor.suggestion('ims:')).toHaveAccessibleName(/3 actions/);
    await expect(editor.suggestion('*')).toBeVisible();
    await page.keyboard.type('im');
    await page.keyboard.press('Enter');
  });

  await test.step('then the resource segments and the wildcards', async () => {
    await expect(editor.suggestion('ims:images:')).toBeVisible();
    await expect(editor.suggestion('ims:*')).toHaveAccessibleName(/3 actions/);
    await page.keyboard.type('ima');
    await page.keyboard.press('Enter');
  });

  await test.step('then the operations, with access levels', async () => {
    await expect(editor.suggestion('ims:images:list')).toHaveAccessibleName(/list/);
    await expect(editor.suggestion('ims:images:create')).toHaveAccessibleName(/write/);
    await page.keyboard.type('li');
    await page.keyboard.press('Enter');
  });

  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ims:images:list'] }] });
});

test('a resource is completed as a URN snippet with tab stops', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Action: ['ims:images:get'], Resource: [] }));
  await editor.placeCursorAfter('"Resource":[');
  await page.keyboard.type('"');
  const urn = editor.suggestion('ims:<region>:<account-id>:image:<image-id>');
  await expect(urn).toBeVisible();
  await expect(editor.suggestion('*')).toBeVisible();
  await urn.click();
  // The region placeholder is selected first; Tab moves to the account, then the image id.
  await page.keyboard.type('cn-north-4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0a1b2c');
  await page.keyboard.press('Tab');
  await page.keyboard.type('img-42');
  await page.keyboard.press('Tab');
  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({
      Version: '5.0',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ims:images:get'],
          Resource: ['ims:cn-north-4:0a1b2c:image:img-42'],
        },
      ],
    });
});

test("a condition key is offered from the statement's actions, with its known values", async ({
  page,
}) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Action: ['ims:images:get'], Condition: { Bool: {} } }));
  await editor.placeCursorAfter('"Bool":{');
  await page.keyboard.type('"');
  await expect(editor.suggestion('ims:Encrypted')).toHaveAccessibleName(/boolean/);
  await expect(editor.suggestion('g:EnterpriseProjectId')).toBeVisible();
  await editor.suggestion('ims:Encrypted').click();
  await page.keyboard.press('Escape');
  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({
      Version: '5.0',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ims:images:get'],
          Condition: { Bool: { 'ims:Encrypted': 'true' } },
        },
      ],
    });
});

test('typing in the Action slot of an accepted Statement snippet is completed at once', async ({
  page,
}) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText('{\n  "Version": "5.0",\n  \n}');
  await editor.placeCursorAfter('"5.0",\n  ');

  await test.step('the Statement key is completed with a new statement', async () => {
    await page.keyboard.type('"Sta');
    await expect(editor.suggestion('Statement')).toBeVisible();
    await page.keyboard.press('Enter');
  });

  await test.step('choosing the Effect moves the caret on to the Action slot', async () => {
    await expect(editor.suggestion('Allow')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor.suggestions).toBeHidden();
  });

  await test.step('each key typed in the Action slot shows the actions', async () => {
    await page.keyboard.type('i');
    await expect(editor.suggestion('ims:')).toBeVisible();
    await page.keyboard.type('m');
    await expect(editor.suggestion('ims:')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor.suggestion('ims:images:')).toBeVisible();
  });

  await test.step('a wildcard resource segment is completed like the service wildcard', async () => {
    await page.keyboard.type('*:');
    await expect(editor.suggestion('ims:*:get')).toHaveAccessibleName(/1 action/);
    await page.keyboard.type('g');
    await expect(editor.suggestion('ims:*:get')).toBeVisible();
    await page.keyboard.press('Enter');
  });

  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ims:*:get'] }] });
});
