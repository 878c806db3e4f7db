import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { draftsPage } from './fixtures/drafts-page';

// These flows wait for the Monaco editor chunk, which can take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('create, rename, duplicate, delete and undo a draft', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await expect(drafts.pane.getByText('No drafts yet')).toBeVisible();

  await test.step('create a blank policy and a blank SCP', async () => {
    await drafts.button('New policy').click();
    await drafts.button('New SCP').click();
    await expect(drafts.allTabs).toHaveText(['Untitled policy', 'Untitled SCPSCP']);
    await expect(drafts.activeTab).toHaveText('Untitled SCPSCP');
    await expect(drafts.editorView).toContainText('"Effect": "Deny"');
  });

  await test.step('rename inline; Escape cancels, Enter keeps', async () => {
    await drafts.tab('Untitled policy').dblclick();
    await drafts.nameInput.fill('Discarded');
    await drafts.nameInput.press('Escape');
    await expect(drafts.tab('Untitled policy')).toBeVisible();
    await drafts.rename('Untitled policy', 'Read images');
    await expect(drafts.allTabs).toHaveText(['Read images', 'Untitled SCPSCP']);
  });

  await test.step('duplicate puts the copy right after its source', async () => {
    await drafts.tab('Read images').click();
    await drafts.typeText(
      '{"Version": "5.0", "Statement": [{"Effect": "Allow", "Action": ["ims:images:list"]}]}',
    );
    await expect
      .poll(async () => (await drafts.savedDrafts())[0]?.text)
      .toContain('ims:images:list');
    await drafts.toolbarButton('Duplicate').click();
    await expect(drafts.allTabs).toHaveText([
      'Read images',
      'Read images (copy)',
      'Untitled SCPSCP',
    ]);
    await expect(drafts.editorView).toContainText('ims:images:list');
  });

  await test.step('delete, then undo puts the draft back in its place', async () => {
    await drafts.toolbarButton('Delete').click();
    await expect(drafts.allTabs).toHaveText(['Read images', 'Untitled SCPSCP']);
    await expect(drafts.undoToast).toContainText('Deleted “Read images (copy)”');
    await drafts.undoToast.getByRole('button', { name: 'Undo' }).click();
    await expect(drafts.allTabs).toHaveText([
      'Read images',
      'Read images (copy)',
      'Untitled SCPSCP',
    ]);
    await expect(drafts.activeTab).toHaveText('Read images (copy)');
    await expect(drafts.undoToast).toHaveCount(0);
  });
});

test('a draft can be created from an example template and its type changed', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await drafts.fromTemplate('Require encrypted image copies');
  await expect(drafts.editorView).toContainText('"ims:Encrypted"');
  await expect(drafts.policyType).toHaveValue('identity');
  await drafts.fromTemplate('Deny image sharing outside the organization');
  await expect(drafts.policyType).toHaveValue('scp');
  await expect(drafts.editorView).toContainText('ims:TargetOrgPaths');
  await drafts.policyType.selectOption('Identity policy');
  await expect(drafts.activeTab).toHaveText('Deny image sharing outside the organization');
});

test('drafts reorder by dragging and with the move buttons', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  for (const name of ['A', 'B', 'C']) {
    await drafts.button('New policy').click();
    await drafts.rename(/^Untitled policy/, name);
  }
  await expect(drafts.allTabs).toHaveText(['A', 'B', 'C']);
  await drafts.tab('C').dragTo(drafts.tab('A'));
  await expect(drafts.allTabs).toHaveText(['C', 'A', 'B']);
  await drafts.tab('A').click();
  await drafts.toolbarButton('Move right').click();
  await expect(drafts.allTabs).toHaveText(['C', 'B', 'A']);
  await expect(drafts.toolbarButton('Move right')).toBeDisabled();
  await drafts.toolbarButton('Move left').click();
  await expect(drafts.allTabs).toHaveText(['C', 'A', 'B']);
});

test('drafts can be managed with the keyboard alone', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  await expect(drafts.pane).toBeVisible();

  await test.step('Alt+2 reaches the drafts pane; Tab and Enter create drafts', async () => {
    await page.keyboard.press('Alt+2');
    await page.keyboard.press('Tab');
    await expect(drafts.button('New policy')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(drafts.button('New SCP')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(drafts.allTabs).toHaveText([
      'Untitled policy',
      'Untitled policy (2)',
      'Untitled SCPSCP',
    ]);
  });

  await test.step('Tab reaches the active tab; arrows move between drafts', async () => {
    for (let presses = 0; presses < 8; presses++) {
      if (await drafts.activeTab.evaluate((tab) => tab === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(drafts.tab(/^Untitled SCP/)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(drafts.tab('Untitled policy (2)')).toBeFocused();
    await expect(drafts.tab('Untitled policy (2)')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(drafts.tab('Untitled policy')).toBeFocused();
  });

  await test.step('F2 renames, Alt+Shift+arrows move the draft', async () => {
    await page.keyboard.press('F2');
    await expect(drafts.nameInput).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Keyboard draft');
    await page.keyboard.press('Enter');
    await expect(drafts.tab('Keyboard draft')).toBeFocused();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(drafts.allTabs).toHaveText([
      'Untitled policy (2)',
      'Untitled SCPSCP',
      'Keyboard draft',
    ]);
    await expect(drafts.tab('Keyboard draft')).toBeFocused();
  });

  await test.step('Delete deletes; Tab reaches Undo', async () => {
    await page.keyboard.press('Delete');
    await expect(drafts.allTabs).toHaveText(['Untitled policy (2)', 'Untitled SCPSCP']);
    await expect(drafts.tab(/^Untitled SCP/)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(drafts.undoToast.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(drafts.allTabs).toHaveText([
      'Untitled policy (2)',
      'Untitled SCPSCP',
      'Keyboard draft',
    ]);
  });
});

test('the drafts pane, its dialogs and its toast pass an axe check', async ({ page }) => {
  const drafts = draftsPage(page);
  await drafts.open();
  const serious = async () => {
    const results = await new AxeBuilder({ page }).include('main').analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  };
  expect(await serious()).toEqual([]);
  await drafts.fromTemplate('Read-only IMS');
  await drafts.button('New SCP').click();
  await drafts.toolbarButton('Delete').click();
  await expect(drafts.undoToast).toBeVisible();
  expect(await serious()).toEqual([]);
  await drafts.button('Share…').click();
  await expect(page.getByRole('dialog', { name: 'Share drafts as a link' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await drafts.button('From template…').click();
  await expect(page.getByRole('dialog', { name: 'New draft from a template' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
