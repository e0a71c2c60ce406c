import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, test } from '@playwright/test';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a dependency-free file of libs/testing (scope:api); importing the lib's index would pull the Nest test app into Playwright
import { pdfText } from '../../libs/testing/src/lib/pdf-text';
import { ADMIN } from './support/accounts';
import { createUser, login, send, uniqueEmail } from './support/api';

const PASSWORD = 'a-long-e2e-staff-password';

/** The profile of libs/testing/src/lib/client-fixtures.ts, entered through the API. */
async function createProfiledClient(api: APIRequestContext): Promise<string> {
  const call = async (method: 'post' | 'put', url: string, body: object) => {
    const response = await send(api, method, url, body);
    if (response.status() >= 300) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  let client = await call('post', '/api/clients', {
    givenNames: 'Priya',
    familyName: 'Sharma',
    dateOfBirth: '1994-03-15',
    citizenships: ['IN'],
    countryOfResidence: 'CA',
    email: 'priya.sharma@example.com',
    phone: '+1 416 555 0177',
    preferredLanguage: 'en',
    intendedProvince: 'ON',
    maritalStatus: 'married',
  });
  const id: string = client.id;
  client = await call('put', `/api/clients/${id}/status-history`, {
    version: client.version,
    items: [
      { type: 'study_permit', permitNumber: 'S100200300', validFrom: '2018-08-20', validTo: '2021-12-31' },
      { type: 'work_permit', permitNumber: 'U400500600', validFrom: '2022-01-01', validTo: '2027-12-31' },
    ],
  });
  client = await call('put', `/api/clients/${id}/language-tests`, {
    version: client.version,
    items: [
      { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-05-10', reading: 8, writing: 7, listening: 8.5, speaking: 7.5 },
      { test: 'TEF_CANADA', testDate: '2025-02-01', reading: 450, writing: 420, listening: 460, speaking: 430 },
    ],
  });
  client = await call('put', `/api/clients/${id}/education`, {
    version: client.version,
    items: [
      { level: 'bachelors', institution: 'University of Delhi', country: 'IN', fullTime: true, durationYears: 3, completedOn: '2016-06-30', ecaOrganization: 'WES', ecaDate: '2018-01-15', ecaEquivalency: "Bachelor's degree (three years)", ecaValid: true },
      { level: 'two_year', institution: 'Seneca Polytechnic', country: 'CA', fullTime: true, durationYears: 2, completedOn: '2021-12-15' },
    ],
  });
  client = await call('put', `/api/clients/${id}/work`, {
    version: client.version,
    items: [
      { employer: 'Northwind Analytics', noc: '21211', country: 'CA', start: '2022-02-01', end: null, hoursPerWeek: 37.5, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
      { employer: 'Maple Grocers', noc: '65100', country: 'CA', start: '2019-09-01', end: '2021-12-31', hoursPerWeek: 20, selfEmployed: false, whileFullTimeStudent: true, authorized: true },
      { employer: 'Infotech Solutions', noc: '21232', country: 'IN', start: '2016-08-01', end: '2018-07-31', hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
    ],
  });
  await call('put', `/api/clients/${id}/family`, {
    version: client.version,
    items: [
      {
        relationship: 'spouse',
        givenNames: 'Rahul',
        familyName: 'Sharma',
        dateOfBirth: '1993-07-02',
        accompanying: true,
        canadianCitizenOrPR: false,
        educationLevel: 'bachelors',
        languageTest: { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-04-01', reading: 6.5, writing: 6, listening: 7, speaking: 6 },
        canadianWorkYears: 1,
      },
    ],
  });
  return id;
}

test('a lawyer runs a CEC pre-assessment, downloads the PDF and releases it', async ({ page, browser, request, playwright, baseURL }) => {
  await login(request, ADMIN.email, ADMIN.password);
  const lawyerEmail = uniqueEmail('lawyer');
  const paralegalEmail = uniqueEmail('paralegal');
  await createUser(request, { email: lawyerEmail, name: 'Laura Lawyer', role: 'lawyer', password: PASSWORD });
  await createUser(request, { email: paralegalEmail, name: 'Paul Paralegal', role: 'paralegal', password: PASSWORD });
  const lawyerApi = await playwright.request.newContext({ baseURL });
  await login(lawyerApi, lawyerEmail, PASSWORD);
  const clientId = await createProfiledClient(lawyerApi);

  await page.goto('/login');
  await page.getByTestId('login-email').fill(lawyerEmail);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/clients/);

  await page.goto(`/clients/${clientId}/assessments`);
  await expect(page.getByTestId('page-state-empty')).toBeVisible();
  await page.getByTestId('assessment-asof').fill('2026-06-01');
  const [runResponse] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/clients/${clientId}/assessments`),
    ),
    page.getByTestId('assessment-run').click(),
  ]);
  expect(runResponse.status()).toBe(201);
  const { id: assessmentId } = await runResponse.json();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}/assessments/${assessmentId}$`));

  // The screen shows exactly what the API stored.
  const stored = await (await lawyerApi.get(`/api/clients/${clientId}/assessments/${assessmentId}`)).json();
  expect(stored.result.asOf).toBe('2026-06-01');
  expect(stored.result.crs).not.toBeNull();
  const total = String(stored.result.crs.total);
  await expect(page.getByTestId('outcome-banner')).toHaveAttribute('data-outcome', stored.result.outcome);
  await expect(page.getByTestId('crs-total')).toHaveAttribute('data-value', total);
  await expect(page.getByTestId('crs-total')).toHaveText(Number(total).toLocaleString('en-CA'));
  await expect(page.getByTestId('criteria-row')).toHaveCount(stored.result.criteria.length);
  await expect(page.getByTestId('hours-chart').locator('svg[role="img"]')).toBeVisible();
  await expect(page.getByTestId('history-row')).toHaveCount(1);

  // The PDF, in the client's preferred language, carries the same total.
  await expect(page.getByTestId('report-language')).toHaveValue('en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const text = pdfText(readFileSync(await download.path()));
  expect(text).toMatch(new RegExp(`(^|\\D)${total}(\\D|$)`));

  // Release (lawyers only), after a confirmation naming the language.
  await page.getByTestId('release-button').click();
  await expect(page.getByTestId('confirm-message')).toContainText('English');
  await page.getByTestId('confirm-submit').click();
  const record = page.getByTestId('release-record');
  await expect(record).toContainText('Laura Lawyer');
  await expect(record).toHaveAttribute('data-language', 'en');
  await expect(page.getByTestId('history-released')).toBeVisible();
  const released = await (await lawyerApi.get(`/api/clients/${clientId}/assessments/${assessmentId}`)).json();
  expect(released.releases).toHaveLength(1);
  await expect(record).toContainText(released.releases[0].disclaimerVersion);

  // A paralegal reads the same assessment but cannot release it.
  const context = await browser.newContext();
  const paralegal = await context.newPage();
  await paralegal.goto('/login');
  await paralegal.getByTestId('login-email').fill(paralegalEmail);
  await paralegal.getByTestId('login-password').fill(PASSWORD);
  await paralegal.getByTestId('login-submit').click();
  await expect(paralegal).toHaveURL(/\/clients/);
  await paralegal.goto(`/clients/${clientId}/assessments/${assessmentId}`);
  await expect(paralegal.getByTestId('crs-total')).toHaveAttribute('data-value', total);
  await expect(paralegal.getByTestId('download-pdf')).toBeVisible();
  await expect(paralegal.getByTestId('release-button')).toHaveCount(0);
  await context.close();
  await lawyerApi.dispose();
});
