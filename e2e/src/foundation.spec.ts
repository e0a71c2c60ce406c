import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { uniqueEmail } from './support/api';

test('an admin creates a paralegal, who is refused the Users screen and switches to French', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByTestId('login-email').fill(ADMIN.email);
  await page.getByTestId('login-password').fill(ADMIN.password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/clients/);

  await page.getByTestId('nav-admin-users').click();
  await expect(page).toHaveURL(/\/admin\/users/);
  const email = uniqueEmail('paralegal');
  await page.getByTestId('new-user-button').click();
  await page.getByTestId('new-user-email').fill(email);
  await page.getByTestId('new-user-name').fill('Paula Paralegal');
  await page.getByTestId('new-user-role').click();
  await page.getByTestId('role-option-paralegal').click();
  await page.getByTestId('new-user-password').fill('a-long-paralegal-password');
  await page.getByTestId('new-user-submit').click();
  // Earlier specs create staff too: the list runs past one page, so find her the way an admin would.
  await page.getByTestId('users-search').fill(email);
  await expect(page.locator(`[data-testid="user-row"][data-user-email="${email}"]`)).toBeVisible();

  const context = await browser.newContext();
  const paralegal = await context.newPage();
  await paralegal.goto('/login');
  await paralegal.getByTestId('login-email').fill(email);
  await paralegal.getByTestId('login-password').fill('a-long-paralegal-password');
  await paralegal.getByTestId('login-submit').click();
  await expect(paralegal).toHaveURL(/\/clients/);
  await expect(paralegal.getByTestId('nav-admin-users')).toHaveCount(0);
  await paralegal.goto('/admin/users');
  await expect(paralegal.getByTestId('forbidden')).toBeVisible();

  await paralegal.getByTestId('user-menu-button').click();
  await paralegal.getByTestId('language-fr').click();
  await expect(paralegal.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(paralegal.getByTestId('nav-clients')).toContainText('Clients');
  await expect(paralegal.getByTestId('nav-cases')).toContainText('Dossiers');

  // Remembered per user: a new sign-in comes back in French.
  await paralegal.getByTestId('user-menu-button').click();
  await paralegal.getByTestId('sign-out').click();
  await expect(paralegal).toHaveURL(/\/login/);
  await paralegal.getByTestId('login-email').fill(email);
  await paralegal.getByTestId('login-password').fill('a-long-paralegal-password');
  await paralegal.getByTestId('login-submit').click();
  await expect(paralegal.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});

test('the API documents itself and reports its health', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({ status: 'ok', db: 'up' });
  const openapi = await request.get('/api/openapi.json');
  const document = await openapi.json();
  expect(document.paths['/api/clients']).toBeDefined();
  expect(document.paths['/api/users']).toBeDefined();
});
