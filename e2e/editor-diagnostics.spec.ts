import { expect as baseExpect, test } from '@playwright/test';
import { serveEditorCatalogs } from './fixtures/editor-catalogs';
import { PolicyEditorPage } from './fixtures/editor-page';

const policy = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: '5.0', Statement: statements });

// Monaco is a multi-megabyte chunk: on a busy machine the first screen waits for it a while.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeEach(async ({ page }) => {
  await serveEditorCatalogs(page);
});

test('a typo gets a marker and a problem entry, and a quick fix replaces it', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Effect: 'Allow', Action: ['ims:images:gett'] }));
  const typo = editor.problem(/UNKNOWN_ACTION/);

  await test.step('the problems list names the finding and where it is', async () => {
    await expect(typo).toBeVisible();
    await expect(typo).toContainText('ims:images:gett');
    await expect(typo).toContainText('Ln 1, Col');
    await expect(editor.status).toContainText('1 error');
  });

  await test.step('the marker shows its message on hover', async () => {
    await editor.code.getByText('"ims:images:gett"').hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('not an action of the Image Management Service catalog');
    await expect(tooltip).toContainText('UNKNOWN_ACTION');
    await page.mouse.move(0, 0);
  });

  await test.step('choosing the problem moves the cursor there, where the quick fix is', async () => {
    await typo.click();
    await page.keyboard.press('ControlOrMeta+.');
    await page.getByRole('option', { name: /^Replace with `ims:images:get`/ }).click();
  });

  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ims:images:get'] }] });
  await expect(typo).toHaveCount(0);
});

test('the slips people make are fixed from the problems list', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(
    policy({
      Effect: 'allow',
      Principal: { IAM: ['x'] },
      Action: ['ims:images:list'],
      Condition: { NumericLessThan: { 'g:EnterpriseProjectId': '3' } },
    }),
  );
  const fix = async (code: RegExp, title: string) => {
    await editor.problem(code).click();
    await page.keyboard.press('ControlOrMeta+.');
    await page.getByRole('option', { name: new RegExp(`^${title}`) }).click();
    await expect(editor.problem(code)).toHaveCount(0);
  };
  await fix(/INVALID_EFFECT/, 'Replace with `Allow`');
  await fix(/UNSUPPORTED_PRINCIPAL/, 'Remove `Principal`');
  await fix(/UNSUPPORTED_AWS_OPERATOR/, 'Replace with `NumberLessThan`');
  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({
      Version: '5.0',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ims:images:list'],
          Condition: { NumberLessThan: { 'g:EnterpriseProjectId': '3' } },
        },
      ],
    });
});

test("a quick fix adds an action's missing dependencies", async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Effect: 'Allow', Action: ['ims:images:create'] }));
  await editor.placeCursorAfter('ims:images:cr');
  await page.keyboard.press('ControlOrMeta+.');
  await page
    .getByRole('option', { name: /^Add the dependencies of `ims:images:create`: `ims:images:get`/ })
    .click();
  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: ['ims:images:create'] },
        // The evaluator's fix means the same: the dependencies get a statement of their own.
        { Sid: 'AllowDependencies', Effect: 'Allow', Action: ['ims:images:get'] },
      ],
    });
});

test('a hover shows catalog facts as plain text, never as HTML', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Effect: 'Allow', Action: ['ims:images:create', 'ims:*'] }));
  // Catalog facts need the catalogs; until they load, a hover has nothing to say.
  await expect(editor.status).not.toContainText('Catalogs loading');
  const tooltip = page.getByRole('tooltip');
  // A hover that lands while the pasted text is still being laid out shows nothing: move away and
  // hover again, as a user would.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await editor.code.getByText('"ims:images:create"').hover();
    await expect(tooltip).toContainText(
      'Grants permission to create an image <img src=x onerror=alert(1)> **now**',
      { timeout: 3_000 },
    );
  }).toPass({ timeout: 30_000 });
  await expect(tooltip).toContainText('Dependencies:');
  await expect(tooltip.locator('img')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await editor.code.getByText('"ims:*"').hover();
  await expect(page.getByRole('tooltip')).toContainText('matches 3 actions');
});

test('the outline lists statements by Sid or position and moves the cursor', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(
    policy(
      { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:list'] },
      { Effect: 'Deny', Action: ['ims:images:create'] },
    ),
  );
  await expect(editor.statements.getByRole('button')).toHaveText([
    /ReadImages.*Allow · ims:images:list/,
    /Statement 2.*Deny · ims:images:create/,
  ]);
  await editor.statements.getByRole('button', { name: /ReadImages/ }).click();
  // The Sid is selected: typing replaces it.
  await page.keyboard.type('ListImages');
  await expect
    .poll(() => editor.savedPolicy())
    .toMatchObject({ Statement: [{ Sid: 'ListImages' }, { Effect: 'Deny' }] });
});

test('undo history survives switching tabs', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  const original = await editor.savedText();
  await editor.replaceText(policy({ Effect: 'Allow', Action: ['ims:images:list'] }));
  await expect.poll(() => editor.savedText()).not.toBe(original);

  await page.getByRole('button', { name: 'New SCP' }).click();
  await expect(editor.editor).toHaveAccessibleName('Policy editor: Untitled SCP');
  await page.getByRole('tab', { name: 'Untitled policy' }).click();
  await expect(editor.editor).toHaveAccessibleName('Policy editor: Untitled policy');

  await editor.editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor.savedText()).toBe(original);
});

test('"Add to policy" in the catalog reaches the editor as an undoable edit', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText(policy({ Effect: 'Allow', Action: ['ims:images:get'] }));
  await expect.poll(() => editor.savedText()).toContain('ims:images:get');

  await page.getByRole('link', { name: 'ims-5.0' }).click();
  await page.getByRole('button', { name: 'Add to policy: action ims:images:list' }).click();
  await expect(editor.code.getByText('"ims:images:list"')).toBeVisible();

  await editor.editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.code.getByText('"ims:images:list"')).toHaveCount(0);
  await expect
    .poll(() => editor.savedPolicy())
    .toEqual({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ims:images:get'] }] });
});
