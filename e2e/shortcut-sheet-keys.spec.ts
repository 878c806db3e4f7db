import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PolicyEditorPage } from './fixtures/editor-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });
// Playwright's desktop Chrome claims to run on Windows; Monaco picks its bindings by user agent.
test.use({
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
});

/** The keys the shortcut sheet lists for a description, as Monaco writes them ("Ctrl+Shift+I"). */
async function sheetKeys(page: Page, description: string): Promise<string> {
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const term = sheet.getByRole('definition').filter({ hasText: description }).locator('xpath=..');
  return (await term.getByRole('term').innerText()).replace(/\s*\+\s*/g, '+');
}

/** The background colour behind Monaco's open context menu: that of its nearest painted box. */
const menuBackground = (page: Page) =>
  page.getByRole('menu').evaluate((menu) => {
    for (let box: Element | null = menu; box; box = box.parentElement) {
      const colour = getComputedStyle(box).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)') return colour;
      if (box.classList.contains('context-view')) break;
    }
    return 'none';
  });

test('the shortcut sheet shows the keys Monaco binds here, and they work', async ({ page }) => {
  const editor = new PolicyEditorPage(page);
  await editor.start();
  await editor.replaceText('{"Version":"5.0","Statement":[]}');

  await test.step('the editor context menu labels its commands', async () => {
    await editor.editor.focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menuitem', { name: /Format Document/ })).toBeVisible();
  });
  const monacoLabel = async (item: RegExp) =>
    (await page.getByRole('menuitem', { name: item }).innerText()).split(/\s+/).pop();
  const formatLabel = await monacoLabel(/Format Document/);
  const symbolLabel = await monacoLabel(/Go to Symbol/);
  expect(formatLabel).toBe('Ctrl+Shift+I');
  await page.keyboard.press('Escape');

  await test.step('the sheet lists the same keys', async () => {
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).focus();
    await page.keyboard.press('Enter');
    expect(await sheetKeys(page, 'Format the policy')).toBe(formatLabel);
    expect(await sheetKeys(page, 'Go to a statement')).toBe(symbolLabel);
    await page.keyboard.press('Escape');
  });

  await test.step('pressing them formats the policy', async () => {
    await editor.editor.focus();
    await page.keyboard.press('Control+Shift+I');
    await expect.poll(() => editor.savedText()).toContain('\n  "Version": "5.0",\n');
  });
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`the editor's context menu has a background in the ${theme} theme`, async ({ page }) => {
    const editor = new PolicyEditorPage(page);
    await editor.start();
    await page.getByRole('radio', { name: theme }).check();
    await editor.editor.focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menuitem', { name: /Format Document/ })).toBeVisible();
    expect(await menuBackground(page)).not.toBe('none');
  });
}
