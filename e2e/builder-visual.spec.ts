import { expect as baseExpect, test } from '@playwright/test';
import { asJson, builderPage } from './fixtures/builder-page';

// Monaco, the catalogs and the analysis worker start cold in every test; two CPUs are shared.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('a policy built only with the builder shows up as JSON', async ({ page }) => {
  const b = builderPage(page);
  await b.start();
  await b.view('Visual').check();
  const first = b.card(1);

  await test.step('tick actions and see a wildcard that would be exact', async () => {
    await b.showService(first, 'ims');
    await b.action(first, 'ims:images:list').check();
    await b.action(first, 'ims:images:get').check();
    await first.getByRole('checkbox', { name: 'All read actions of ims' }).check();
    await expect(b.action(first, 'ims:images:getTags')).toBeChecked();
    await expect(first.getByRole('checkbox', { name: 'All read actions of ims' })).toBeChecked();
    // The widest exact wildcard: every `get…` action of ims is ticked now.
    await expect(first.getByRole('note').filter({ hasText: 'would match exactly' })).toContainText(
      'ims:*:get* would match exactly these 4 ticked actions',
    );
    await first.getByRole('checkbox', { name: 'All read actions of ims' }).uncheck();
    await expect(b.action(first, 'ims:images:get')).not.toBeChecked();
    await expect(b.action(first, 'ims:images:list')).toBeChecked();
    await b.action(first, 'ims:images:get').check();
  });

  await test.step('scope the statement to images of one region', async () => {
    const urn = first.getByRole('group', { name: 'URN of image (ims)' });
    await urn.getByRole('textbox', { name: 'Region' }).fill('cn-north-4');
    await expect(urn.getByRole('status', { name: 'URN preview for image (ims)' })).toHaveText(
      'ims:cn-north-4:*:image:*',
    );
    await urn.getByRole('button', { name: 'Add image URN' }).click();
    await expect(first.getByRole('note').filter({ hasText: 'no resource type' })).toContainText(
      'ims:images:list',
    );
    await first.getByRole('button', { name: 'Add all resources (*)' }).click();
  });

  await test.step('name it and add a condition whose value is checked by type', async () => {
    await first.getByRole('textbox', { name: 'Sid' }).fill('ReadImages');
    await first.getByRole('textbox', { name: 'Sid' }).press('Enter');
    const form = b.card(1).getByRole('group', { name: 'Add a condition to statement 1' });
    await form.getByRole('combobox', { name: 'Condition key' }).selectOption('g:MFAPresent');
    await expect(form.getByRole('combobox', { name: 'Operator' }).getByRole('option')).toHaveText([
      'Bool',
      'BoolIfExists',
      'Null',
    ]);
    await form.getByRole('textbox', { name: 'Values, one per line' }).fill('yes');
    await form.getByRole('button', { name: 'Add condition' }).click();
    await expect(form).toContainText('`yes` is neither true nor false');
    await form.getByRole('textbox', { name: 'Values, one per line' }).fill('true');
    await form.getByRole('button', { name: 'Add condition' }).click();
    await expect(b.card(1).getByRole('list', { name: 'Conditions of statement 1' })).toContainText(
      'g:MFAPresent',
    );
  });

  await test.step('add a second statement that denies deleting images', async () => {
    await b.builder.getByRole('button', { name: 'Add statement' }).click();
    const second = b.card(2);
    await second.getByRole('combobox', { name: 'Effect' }).selectOption('Deny');
    await b.showService(second, 'ims');
    await b.action(second, 'ims:images:deleteImage').check();
    await second.getByRole('button', { name: 'Duplicate statement 2' }).click();
    await expect(b.action(b.card(3), 'ims:images:deleteImage')).toBeChecked();
    await b.card(3).getByRole('button', { name: 'Delete statement 3' }).click();
    await expect(b.builder.getByRole('article')).toHaveCount(2);
  });

  await test.step('see the JSON', async () => {
    await expect
      .poll(async () => asJson(await b.savedText()))
      .toEqual({
        Version: '5.0',
        Statement: [
          {
            Sid: 'ReadImages',
            Effect: 'Allow',
            Action: ['ims:images:list', 'ims:images:get'],
            Resource: ['ims:cn-north-4:*:image:*', '*'],
            Condition: { Bool: { 'g:MFAPresent': ['true'] } },
          },
          { Effect: 'Deny', Action: ['ims:images:deleteImage'] },
        ],
      });
    await b.view('JSON').check();
    await expect(b.code).toContainText('"Sid": "ReadImages"');
    await expect(b.code).toContainText('"ims:cn-north-4:*:image:*"');
  });
});

test('editing the JSON moves the builder; an unreadable text is not guessed at', async ({
  page,
}) => {
  const b = builderPage(page);
  await b.start();
  await b.view('Split').check();
  const original = `${JSON.stringify(
    {
      Version: '5.0',
      Statement: [
        { Sid: 'FromJson', Effect: 'Allow', Action: ['ims:images:list'], 'x-owner': 'team-a' },
      ],
    },
    null,
    2,
  )}\n`;

  await test.step('pasted JSON shows up as a card', async () => {
    await b.pasteJson(original);
    const card = b.builder.getByRole('article', { name: 'Statement 1: FromJson' });
    await expect(b.action(card, 'ims:images:list')).toBeChecked();
    await expect(card).toContainText('Kept as written (edit in the JSON): x-owner');
    await expect(card.getByRole('list', { name: 'Findings of statement 1' })).toContainText(
      '`x-owner` is not a statement element',
    );
  });

  await test.step('a JSON edit ticks and unticks boxes', async () => {
    await b.pasteJson(original.replace('ims:images:list', 'ims:images:get'));
    const card = b.card(1);
    await expect(b.action(card, 'ims:images:get')).toBeChecked();
    await expect(b.action(card, 'ims:images:list')).not.toBeChecked();
  });

  await test.step('a builder edit changes only its own bytes, and the editor can undo it', async () => {
    const card = b.card(1);
    await b.action(card, 'ims:images:share').check();
    const expected = original
      .replace('ims:images:list', 'ims:images:get')
      .replace('"ims:images:get"\n', '"ims:images:get",\n        "ims:images:share"\n');
    await expect.poll(() => b.savedText()).toBe(expected);
    await expect(b.code).toContainText('ims:images:share');
    await b.editor.focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(b.action(card, 'ims:images:share')).not.toBeChecked();
    await expect(b.action(card, 'ims:images:get')).toBeChecked();
  });

  await test.step('broken JSON: the builder says where, and jumps there', async () => {
    await b.pasteJson('{\n  "Version": "5.0",\n  "Statement": [ { "Effect": "Allow", } ]\n}\n');
    const notice = b.builder.getByRole('status').filter({ hasText: 'does not parse' });
    await expect(notice).toContainText('trailing comma (line 3, column 37)');
    await expect(b.builder.getByRole('article')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Show the error in the JSON' }).click();
    await expect(b.editor).toBeFocused();
    await page.keyboard.type('X');
    await expect.poll(() => b.savedText()).toContain('"Allow"X }');
  });
});

test('a builder click right after typing keeps what was typed', async ({ page }) => {
  const b = builderPage(page);
  await b.start();
  await b.view('Split').check();
  const policy = (sid: string) =>
    `${JSON.stringify(
      { Version: '5.0', Statement: [{ Sid: sid, Effect: 'Allow', Action: ['ims:images:list'] }] },
      null,
      2,
    )}\n`;
  await b.pasteJson(policy('Typed'));
  await expect(b.action(b.card(1), 'ims:images:list')).toBeChecked();
  await expect.poll(() => b.savedText()).toBe(policy('Typed'));

  // The builder box is clicked well within the editor's write delay after the edit: the mouse
  // goes straight to where the box is, without waiting for the builder to settle.
  const box = await b.action(b.card(1), 'ims:images:get').boundingBox();
  if (!box) throw new Error('the ims:images:get box is not on screen');
  await b.pasteJson(policy('TypedAgain'));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => asJson(await b.savedText()))
    .toEqual({
      Version: '5.0',
      Statement: [
        { Sid: 'TypedAgain', Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get'] },
      ],
    });
  await expect(b.code).toContainText('TypedAgain');
});
