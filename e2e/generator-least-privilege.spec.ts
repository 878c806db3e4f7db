import { expect as baseExpect, test } from '@playwright/test';
import { asJson } from './fixtures/builder-page';

// The catalogs and the evaluator's worker start cold in every test; two CPUs are shared.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const TASK = 'DELETE /v3/tasks/{task_id}';
const SHARE = 'POST /v2/images/{image_id}/members';
const ATTACH = 'POST /v1/{project_id}/baremetalservers/{server_id}/attachvolume';

test('three APIs with dependencies become a policy the evaluator confirms', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Generate a least-privilege policy' });
  const chosen = dialog.getByRole('list', { name: 'Chosen APIs', exact: true });
  const verdict = dialog.getByRole('status', { name: 'Evaluator verdict' });
  const matrixRows = dialog
    .getByRole('list', { name: 'Chosen APIs in the matrix' })
    .getByRole('listitem');

  await test.step('pick one API from the catalog’s API view, one by search, one pasted', async () => {
    await page.goto('/demo/#/apis/sms-5.0/DELETE%20/v3/tasks/%7Btask_id%7D');
    await page
      .getByRole('button', { name: `Generate a least-privilege policy for ${TASK}` })
      .click();
    await expect(chosen).toContainText(TASK);
    await dialog
      .getByRole('searchbox', { name: 'Search the catalogs’ APIs' })
      .fill('ims members post');
    await dialog
      .getByRole('checkbox', { name: new RegExp(`^${SHARE.replace(/[{}/]/g, '\\$&')} `) })
      .check();
    await dialog
      .getByRole('textbox', { name: /^Or paste API lines/ })
      .fill('post /v1/0a1b/baremetalservers/s-1/attachvolume\nGET /nowhere');
    await dialog.getByRole('button', { name: 'Add pasted APIs' }).click();
    await expect(dialog.getByRole('list', { name: 'Lines not added' })).toHaveText(
      'line 2 (`GET /nowhere`): no API of the loaded catalogs matches this line',
    );
    await expect(chosen.getByRole('listitem')).toHaveCount(3);
    await expect(chosen).toContainText(ATTACH);
  });

  await test.step('see what it grants and why', async () => {
    const why = dialog.getByRole('list', { name: 'What it grants and why' });
    await expect(why).toContainText(`evs:volumes:get because ${TASK} depends on it`);
    await expect(why).toContainText(`ims:images:get because ${SHARE} depends on it`);
    await expect(why).toContainText(`bms:servers:attachVolume for ${ATTACH}`);
  });

  await test.step('the matrix confirms every chosen API and nothing else', async () => {
    await expect(verdict).toHaveText(
      'Confirmed: all 3 chosen APIs are allowed, and no other action of sms, ims, bms, ecs, evs is.',
    );
    await expect(matrixRows).toHaveCount(3);
    for (const row of await matrixRows.all()) await expect(row).toContainText(/^allowed/);
  });

  await test.step('narrowing images to a region is confirmed on the named URN', async () => {
    const image = dialog.getByRole('group', { name: 'image (ims)' });
    await image.getByRole('textbox', { name: 'Region' }).fill('cn-north-4');
    await expect(matrixRows.nth(1)).toContainText(/^conditional/);
    await expect(matrixRows.nth(1)).toContainText(
      'allowed on the named URN: ims:images:share on ims:cn-north-4:*:image:*',
    );
    await expect(verdict).toHaveText(/^Confirmed: all 3 chosen APIs are allowed/);
  });

  await test.step('create the draft and see the evaluator pane agree', async () => {
    await dialog.getByRole('textbox', { name: 'Draft name' }).fill('Migration operator');
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(dialog).toBeHidden();
    const drafts = page.getByRole('region', { name: 'Drafts' });
    await expect(
      drafts.getByRole('tab', { name: 'Migration operator', selected: true }),
    ).toBeVisible();
    const saved = await page.evaluate(() => localStorage.getItem('policy-workbench:drafts') ?? '');
    const text = (asJson(saved) as { state: { drafts: { text: string }[] } }).state.drafts[0]?.text;
    const policy = asJson(text ?? '') as { Statement: { Sid: string; Resource?: string[] }[] };
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      'AllowSmsServer',
      'AllowEcsInstance',
      'AllowEvsVolume',
      'AllowEvsNotInCatalog',
      'AllowImsImage',
      'AllowBmsInstance',
    ]);
    expect(policy.Statement.find((s) => s.Sid === 'AllowImsImage')?.Resource).toEqual([
      'ims:cn-north-4:*:image:*',
    ]);
    const evaluator = page.getByRole('region', { name: 'Evaluator' });
    await evaluator.getByRole('searchbox', { name: 'Filter APIs' }).fill('/v3/tasks/{task_id}');
    await expect(
      evaluator
        .getByRole('grid', { name: 'API matrix' })
        .getByRole('row', { name: /^allowed.*DELETE/ }),
    ).toBeVisible();
  });
});

test('an allow-list SCP is confirmed under an identity policy that allows everything', async ({
  page,
}) => {
  await page.goto('/demo/');
  await page.getByRole('button', { name: 'Generate least-privilege policy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate a least-privilege policy' });
  await dialog.getByRole('textbox', { name: /^Or paste API lines/ }).fill(`${SHARE}\n`);
  await dialog.getByRole('button', { name: 'Add pasted APIs' }).click();
  await dialog.getByRole('radio', { name: /^An allow-list SCP/ }).check();
  await dialog.getByRole('checkbox', { name: /^Also allow sign-in/ }).check();
  await expect(dialog.getByRole('status', { name: 'Evaluator verdict' })).toHaveText(
    'Confirmed: the chosen API is allowed, and no other action of ims is.',
  );
  const policy = dialog.getByLabel('Generated policy text');
  await expect(policy).toContainText('"Sid": "AllowIms"');
  await expect(policy).toContainText('"signin::*"');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(
    page.getByRole('tab', { name: /^Least-privilege SCP/, selected: true }),
  ).toBeVisible();
});
