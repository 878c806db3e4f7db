import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { downloadedText } from './fixtures/drafts-page';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

/** The bundled catalogs' version and date, as every report states them. */
const index = JSON.parse(readFileSync('catalogs/index.json', 'utf8')) as {
  version: string;
  date: string;
};
const catalogs = `${index.version} (sources up to ${index.date})`;
const today = () => new Date().toISOString().slice(0, 10);

test('the matrix exports as Markdown, CSV, JSON and a print-friendly page', async ({ page }) => {
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
    expect((await download).suggestedFilename()).toBe(`api-matrix-image-readers-${today()}.md`);
    const markdown = await downloadedText(await download);
    expect(markdown).toContain('# API matrix: Image readers');
    expect(markdown).toContain(`- Catalogs: ${catalogs}`);
    expect(markdown).toContain('- SCPs: Root: FullAccess → Account: FullAccess');
    expect(markdown).toContain('- Resource scope: none (any resource of each type)');
    expect(markdown).toContain('### Identity draft `Image readers`');
    expect(markdown).toContain('"Sid": "ReadImages"');
    expect(markdown).toContain('### SCP `FullAccess` at `Root` and `Account`');
    expect(markdown).toContain(
      '| ims | GET | /v2/images/{image_id} | ims:images:get | allowed | allowed by statement 1 (`ReadImages`) of policy `Image readers` | statement 1 (`ReadImages`) of draft `Image readers` |  |',
    );
  });

  await test.step('CSV', async () => {
    const download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'CSV' }).click();
    expect((await download).suggestedFilename()).toBe(`api-matrix-image-readers-${today()}.csv`);
    const csv = await downloadedText(await download);
    expect(csv).not.toContain('`');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Report,API matrix: Image readers,,,,,,');
    expect(lines).toContain(`Catalogs,${catalogs},,,,,,`);
    const header = lines.indexOf(
      'Service,Method,Path,Action,Status,Reason,Decided by,Missing dependencies',
    );
    expect(lines.slice(header + 1, -1)).toHaveLength(33);
  });

  await test.step('JSON', async () => {
    const download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'JSON' }).click();
    expect((await download).suggestedFilename()).toBe(`api-matrix-image-readers-${today()}.json`);
    const report = JSON.parse(await downloadedText(await download));
    expect(report).toMatchObject({
      catalogs: { version: index.version, date: index.date },
      identityPolicies: [{ name: 'Image readers' }],
      scpChain: [{ name: 'Root' }, { name: 'Account' }],
      context: {},
      resourceScope: { region: '', accountId: '', resourceId: '' },
    });
    expect(report.rows).toHaveLength(33);
  });

  await test.step('print view', async () => {
    await exports.getByRole('button', { name: 'Print view' }).click();
    const report = page.frameLocator('iframe[title="Print view"]');
    await expect(report.getByRole('heading', { name: 'API matrix: Image readers' })).toHaveCount(1);
    await expect(
      report.getByRole('row', { name: /GET \/v2\/images\/\{image_id\} ims:images:get allowed/ }),
    ).toHaveCount(1);
    await expect(report.getByRole('listitem').filter({ hasText: 'SCPs:' })).toHaveText(
      'SCPs: Root: FullAccess → Account: FullAccess',
    );
    await expect(report.getByRole('listitem').filter({ hasText: 'Catalogs:' })).toHaveText(
      `Catalogs: ${catalogs}`,
    );
    await expect(report.getByRole('heading', { name: 'Policies evaluated' })).toHaveCount(1);
  });
});

test('the print view cannot reach the app and shows a hostile draft name as text', async ({
  page,
}) => {
  const name = '<img src=x onerror="parent.hacked=1">';
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'hostile',
        name,
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:get'] }]),
      },
    ],
    activeDraftId: 'hostile',
    scpLevels: [],
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.pane
    .getByRole('group', { name: 'Export the matrix' })
    .getByRole('button', { name: 'Print view' })
    .click();
  const frame = page.locator('iframe[title="Print view"]');
  await expect(frame).toHaveAttribute('sandbox', 'allow-modals allow-scripts');
  const report = page.frameLocator('iframe[title="Print view"]');
  await expect(report.locator('h1')).toHaveText(`API matrix: ${name}`);
  await expect(report.locator('img')).toHaveCount(0);
  const printed = page.frames().find((f) => f !== page.mainFrame());
  expect(await printed?.evaluate(() => window.origin)).toBe('null');
  expect(
    await printed?.evaluate(() => {
      try {
        return `read ${window.localStorage.length} keys`;
      } catch (error) {
        return (error as Error).name;
      }
    }),
  ).toBe('SecurityError');
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
});
