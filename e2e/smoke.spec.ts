import { expect, test } from '@playwright/test';

test('the app loads from a sub-path of a static host', async ({ page }) => {
  await page.goto('/demo/');
  await expect(page.getByRole('heading', { name: 'Policy Workbench' })).toBeVisible();
});
