import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { createUser, login, send, uniqueEmail } from './support/api';

const PASSWORD = 'a-long-e2e-staff-password';
const TYPE = 'cec_assessment';

/** A visitor's booking through the public API: acknowledgment first, then the first free time. */
async function bookAsVisitor(visitor: APIRequestContext, familyName: string): Promise<string> {
  await visitor.get('/api/auth/csrf');
  const disclaimer = await (await visitor.get('/api/public/disclaimer?locale=en')).json();
  const acknowledgment = await send(visitor, 'post', '/api/public/acknowledgments', {
    versionId: disclaimer.versionId,
    hash: disclaimer.hash,
    locale: 'en',
    acceptsGeneralInformation: true,
    acceptsNoConfidentiality: true,
    purpose: 'booking',
  });
  expect(acknowledgment.status()).toBe(201);
  const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const slots = (await (await visitor.get(`/api/public/slots?type=${TYPE}&from=${from}&to=${to}`)).json()).slots;
  expect(slots.length).toBeGreaterThan(0);
  const state = await visitor.storageState();
  const token = state.cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const booked = await visitor.post('/api/public/bookings', {
    headers: { 'X-XSRF-TOKEN': decodeURIComponent(token), 'Idempotency-Key': randomUUID().replace(/-/g, '') },
    data: {
      slotId: slots[slots.length - 1].slotId,
      mode: 'video',
      acknowledgmentToken: (await acknowledgment.json()).token,
      preScreen: {
        givenNames: 'Tomás',
        familyName,
        email: `${familyName.toLowerCase()}@example.com`,
        phone: '+1 514 555 0142',
        preferredLanguage: 'en',
        programOfInterest: 'cec_express_entry',
        otherParties: [{ name: 'Maple Logistics Inc.', relation: 'employer' }],
      },
      website: '',
    },
  });
  expect(booked.status()).toBe(201);
  return familyName;
}

test('a paralegal turns a booked consultation request into a client and a case, once', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  await login(request, ADMIN.email, ADMIN.password);
  const lawyer = await createUser(request, {
    email: uniqueEmail('consult-lawyer'),
    name: 'Camille Lawyer',
    role: 'lawyer',
    password: PASSWORD,
  });
  const weeklyHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
  expect((await send(request, 'put', `/api/availability/${lawyer.id}`, { weeklyHours, exceptions: [] })).status()).toBe(
    200,
  );
  const paralegalEmail = uniqueEmail('consult-paralegal');
  await createUser(request, { email: paralegalEmail, name: 'Paul Paralegal', role: 'paralegal', password: PASSWORD });

  const visitor = await playwright.request.newContext({ baseURL });
  const familyName = await bookAsVisitor(visitor, `Herrera${Date.now().toString(36)}`);
  await visitor.dispose();

  await page.goto('/login');
  await page.getByTestId('login-email').fill(paralegalEmail);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/clients/);
  await page.getByTestId('nav-bookings').click();
  await expect(page.getByTestId('requests-page')).toBeVisible();
  await page.getByTestId('requests-search').fill(familyName);
  const row = page.getByTestId('request-row').filter({ hasText: familyName });
  await expect(row).toHaveCount(1);
  await row.click();

  await expect(page.getByTestId('request-detail')).toContainText('Maple Logistics Inc.');
  await page.getByTestId('request-convert').click();
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('request-converted')).toBeVisible();
  await expect(page.getByTestId('request-convert')).toHaveCount(0);

  await page.getByTestId('request-converted-client-link').click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}/);
  await expect(page.getByTestId('client-name')).toContainText(familyName);
  await page.goBack();
  await page.getByTestId('request-converted-case-link').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('case-stage')).toHaveText('Intake');
  await expect(page.getByTestId('case-page')).toContainText(familyName);

  // Converting again through the API gives the same client and case: nothing is created twice.
  const staff = await playwright.request.newContext({ baseURL });
  await login(staff, paralegalEmail, PASSWORD);
  const list = await (await staff.get(`/api/consultation-requests?q=${familyName}`)).json();
  const id = list.items[0].id as string;
  const again = await send(staff, 'post', `/api/consultation-requests/${id}/convert`, {});
  expect(again.ok()).toBe(true);
  const clients = await (await staff.get(`/api/clients?q=${familyName}`)).json();
  expect(clients.total).toBe(1);
  await staff.dispose();
});
