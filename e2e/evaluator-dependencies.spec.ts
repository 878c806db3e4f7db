import { expect, test } from '@playwright/test';
import { evaluatorPage, policyText, seedWorkspace } from './fixtures/evaluator-page';

// A cold start loads the catalogs, the matrix worker and the editor before the first step.
test.describe.configure({ timeout: 60_000 });

test('a dependency gap is explained and fixed in one click', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'uploader',
        name: 'Uploader',
        policyType: 'identity',
        text: policyText([{ Sid: 'Upload', Effect: 'Allow', Action: ['ims:images:upload'] }]),
      },
    ],
    activeDraftId: 'uploader',
  });
  const ev = evaluatorPage(page);
  await ev.open();
  const path = '/v1/cloudimages/{image_id}/upload';
  const explanation = ev.explanation(`PUT ${path}`);

  await test.step('the API is allowed but its dependencies are not', async () => {
    await ev.search(path);
    await expect(ev.row(/PUT\s*\/v1\/cloudimages\/\{image_id\}\/upload /)).toHaveText(
      /^allowed — missing dependencies\s*PUT/,
    );
    await ev.openRow('PUT', path);
    const dependencies = explanation.getByRole('region', { name: 'Dependencies' });
    await expect(dependencies.getByRole('listitem')).toHaveText([
      'ims:images:get: not allowed (missing)',
      'ims:images:update: not allowed (missing)',
    ]);
  });

  await test.step('the fix adds them to the draft and the API becomes allowed', async () => {
    await explanation.getByRole('button', { name: 'Add missing dependencies to Uploader' }).click();
    await expect(explanation.getByRole('status')).toHaveText(
      'Added ims:images:get, ims:images:update to Uploader.',
    );
    await expect(explanation.getByText('allowed', { exact: true })).toBeVisible();
    await expect(
      explanation.getByRole('region', { name: 'Dependencies' }).getByRole('listitem'),
    ).toHaveText(['ims:images:get: allowed', 'ims:images:update: allowed']);
    await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('code')).toContainText(
      'AllowDependencies',
    );
  });
});

test('a dependency denied by an SCP is named, not "fixed"', async ({ page }) => {
  await seedWorkspace(page, {
    drafts: [
      {
        id: 'uploader',
        name: 'Uploader',
        policyType: 'identity',
        text: policyText([{ Effect: 'Allow', Action: ['ims:images:upload', 'ims:images:get'] }]),
      },
      {
        id: 'frozen',
        name: 'Frozen images',
        policyType: 'scp',
        text: policyText([{ Effect: 'Deny', Action: ['ims:images:update'] }]),
      },
    ],
    activeDraftId: 'uploader',
    scpLevels: [
      { name: 'Root', scpIds: ['scp-fullaccess'] },
      { name: 'Account', scpIds: ['scp-fullaccess', 'frozen'] },
    ],
  });
  const ev = evaluatorPage(page);
  await ev.open();
  await ev.openRow('PUT', '/v1/cloudimages/{image_id}/upload');
  const explanation = ev.explanation('PUT /v1/cloudimages/{image_id}/upload');
  await expect(explanation).toContainText(
    'Adding to the draft cannot grant ims:images:update (denied by SCP)',
  );
  await expect(explanation.getByRole('button', { name: /^Add missing dependencies/ })).toHaveCount(
    0,
  );
});
