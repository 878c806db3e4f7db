import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 90_000 });

// The compiled command, as the package installs it (`npm run build` makes it before the e2e run).
const cli = fileURLToPath(new URL('../lib/cli/bin.js', import.meta.url));
const readers = (actions: string[]) =>
  policyText([{ Sid: 'Images', Effect: 'Allow', Action: actions }]);

test('expectations fail and pass live, survive a reload, and run in the CLI', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'readers',
        name: 'Image readers',
        policyType: 'identity',
        text: readers(['ims:images:list', 'ims:images:get']),
      },
    ],
    activeDraftId: 'readers',
  });
  const ev = evaluatorPage(page);
  await ev.open();
  const expectations = ev.pane.getByRole('region', { name: 'Expectations of Image readers' });
  // One item per expectation (each can be removed); failures are listed inside their item.
  const items = expectations
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Remove expectation/ }) });
  const item = (text: string) => items.filter({ hasText: text });

  await test.step('save one from an explanation: it passes', async () => {
    await ev.openRow('GET', '/v2/images/{image_id}');
    await ev.pane.getByRole('button', { name: 'Expect allowed' }).click();
    await ev.tab('Expectations').click();
    await expect(items).toHaveText([
      /^passes\s*GET \/v2\/images\/\{image_id\} of IMS must be allowed/,
    ]);
  });

  await test.step('add one with the form: it fails, and the tab and the row say so', async () => {
    const form = ev.pane.getByRole('form', { name: 'New expectation' });
    await form.getByRole('combobox', { name: 'About' }).selectOption('Every API of a service');
    await form.getByRole('combobox', { name: 'Service' }).selectOption('IMS');
    await form.getByRole('combobox', { name: 'Access level' }).selectOption('write');
    await form.getByRole('combobox', { name: 'Must be' }).selectOption('denied');
    await form.getByRole('button', { name: 'Add expectation' }).click();
    await form.getByRole('combobox', { name: 'About' }).selectOption('One API');
    await form.getByRole('combobox', { name: 'API' }).selectOption('DELETE /v2/images/{image_id}');
    await form.getByRole('combobox', { name: 'Must be' }).selectOption('allowed');
    await form.getByRole('button', { name: 'Add expectation' }).click();
    await expect(item('DELETE /v2/images/{image_id} of IMS')).toContainText(
      /^failsDELETE \/v2\/images\/\{image_id\} of IMS must be allowed.*not allowed: no statement allows ims:images:deleteImage/,
    );
    await expect(ev.tab('Expectations (1 failing)')).toBeVisible();
    await ev.tab('Matrix').click();
    await ev.search('DELETE /v2/images/{image_id}');
    await expect(ev.row(/DELETE\s*\/v2\/images\/\{image_id\} /)).toContainText(
      'fails an expectation',
    );
  });

  await test.step('the exported file fails in the CLI too (exit 1)', async () => {
    await ev.tab('Expectations (1 failing)').click();
    const download = page.waitForEvent('download');
    await ev.pane.getByRole('button', { name: 'Export expectations file' }).click();
    const path = await (await download).path();
    const run = spawnSync(process.execPath, [cli, 'test', path], { encoding: 'utf8' });
    expect(run.stdout).toContain('  FAIL  `DELETE /v2/images/{image_id}` of IMS must be allowed');
    expect(run.stdout).toContain('3 expectations: 2 passed, 1 failed');
    expect(run.status).toBe(1);
  });

  await test.step('granting the action makes it pass, live', async () => {
    await ev.replaceDraftText(
      readers(['ims:images:list', 'ims:images:get', 'ims:images:deleteImage']),
    );
    await expect(ev.tab('Expectations')).toBeVisible();
    await expect(item('DELETE /v2/images/{image_id} of IMS')).toHaveText(/^passes/);
    await expect(item('every write API')).toHaveText(/^fails/);
  });

  await test.step('expectations are saved with the workspace', async () => {
    await page.reload();
    await ev.tab(/^Expectations/).click();
    await expect(items).toHaveCount(3);
    await expectations
      .getByRole('button', { name: 'Remove expectation: every write API of IMS must be denied' })
      .click();
    await expect(ev.tab('Expectations')).toBeVisible();
    const download = page.waitForEvent('download');
    await ev.pane.getByRole('button', { name: 'Export expectations file' }).click();
    const run = spawnSync(process.execPath, [cli, 'test', await (await download).path()], {
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('2 expectations: 2 passed, 0 failed');
    expect(run.status).toBe(0);
  });
});
