import { expect, test } from '@playwright/test';
import { downloadedText } from './fixtures/drafts-page';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test('the matrix exports as Markdown, CSV and a print-friendly page', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: policyText([{ Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:get'] }]),
      },
    ],
    activeDraftId: 'readers',
    scpLevels: [
      { name: 'Root', scpIds: ['scp-fullaccess'] },
      { name: 'Account', scpIds: ['scp-fullaccess'] },
    ],
  });
  const ev = evaluatorPage(page);
  await ev.open();
  const exports = ev.pane.getByRole('group', { name: 'Export the matrix' });

  await test.step('Markdown', async () => {
    const download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'Markdown' }).click();
    const markdown = await downloadedText(await download);
    expect(markdown).toContain('# API matrix: Image readers');
    expect(markdown).toContain('- SCPs: Root: FullAccess → Account: FullAccess');
    expect(markdown).toContain(
      '| ims | GET | /v2/images/{image_id} | ims:images:get | allowed | allowed by statement 0 (`ReadImages`) of policy `Image readers` | statement `ReadImages` of draft `Image readers` |  |',
    );
  });

  await test.step('CSV', async () => {
    const download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'CSV' }).click();
    const lines = (await downloadedText(await download)).split('\r\n');
    expect(lines[0]).toBe(
      'Service,Method,Path,Action,Status,Reason,Decided by,Missing dependencies',
    );
    expect(lines).toHaveLength(33 + 2);
  });

  await test.step('print view', async () => {
    const popup = page.waitForEvent('popup');
    await exports.getByRole('button', { name: 'Print view' }).click();
    const report = await popup;
    await expect(report.getByRole('heading', { name: 'API matrix: Image readers' })).toBeVisible();
    await expect(
      report.getByRole('row', { name: /GET \/v2\/images\/\{image_id\} ims:images:get allowed/ }),
    ).toBeVisible();
    await expect(report.getByRole('listitem').filter({ hasText: 'SCPs:' })).toHaveText(
      'SCPs: Root: FullAccess → Account: FullAccess',
    );
  });
});
