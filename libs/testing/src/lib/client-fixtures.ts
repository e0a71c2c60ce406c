import type { ApiClient } from './api-client';

/**
 * A complete CEC profile entered through the API as a paralegal would: two permits, an IELTS
 * and a TEF test, two credentials, three jobs (one part-time), a spouse.
 */
export async function createProfiledClient(
  api: ApiClient,
  overrides: { givenNames?: string; familyName?: string } = {},
) {
  const post = async (url: string, body: object, method: 'post' | 'put' = 'put') => {
    const response = await api[method](url, body);
    if (response.status >= 300)
      throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  let client = await post(
    '/api/clients',
    {
      givenNames: overrides.givenNames ?? 'Priya',
      familyName: overrides.familyName ?? 'Sharma',
      dateOfBirth: '1994-03-15',
      citizenships: ['IN'],
      countryOfResidence: 'CA',
      email: 'priya.sharma@example.com',
      phone: '+1 416 555 0177',
      preferredLanguage: 'en',
      intendedProvince: 'ON',
      maritalStatus: 'married',
    },
    'post',
  );
  const id = client.id as string;
  client = await post(`/api/clients/${id}/status-history`, {
    version: client.version,
    items: [
      {
        type: 'study_permit',
        permitNumber: 'S100200300',
        validFrom: '2018-08-20',
        validTo: '2021-12-31',
      },
      {
        type: 'work_permit',
        permitNumber: 'U400500600',
        validFrom: '2022-01-01',
        validTo: '2027-12-31',
      },
    ],
  });
  client = await post(`/api/clients/${id}/language-tests`, {
    version: client.version,
    items: [
      {
        test: 'IELTS_GENERAL_TRAINING',
        testDate: '2025-05-10',
        reading: 8,
        writing: 7,
        listening: 8.5,
        speaking: 7.5,
      },
      {
        test: 'TEF_CANADA',
        testDate: '2025-02-01',
        reading: 450,
        writing: 420,
        listening: 460,
        speaking: 430,
      },
    ],
  });
  client = await post(`/api/clients/${id}/education`, {
    version: client.version,
    items: [
      {
        level: 'bachelors',
        institution: 'University of Delhi',
        country: 'IN',
        fullTime: true,
        durationYears: 3,
        completedOn: '2016-06-30',
        ecaOrganization: 'WES',
        ecaDate: '2018-01-15',
        ecaEquivalency: "Bachelor's degree (three years)",
        ecaValid: true,
      },
      {
        level: 'two_year',
        institution: 'Seneca Polytechnic',
        country: 'CA',
        fullTime: true,
        durationYears: 2,
        completedOn: '2021-12-15',
      },
    ],
  });
  client = await post(`/api/clients/${id}/work`, {
    version: client.version,
    items: [
      {
        employer: 'Northwind Analytics',
        noc: '21211',
        country: 'CA',
        start: '2022-02-01',
        end: null,
        hoursPerWeek: 37.5,
        selfEmployed: false,
        whileFullTimeStudent: false,
        authorized: true,
      },
      {
        employer: 'Maple Grocers',
        noc: '65100',
        country: 'CA',
        start: '2019-09-01',
        end: '2021-12-31',
        hoursPerWeek: 20,
        selfEmployed: false,
        whileFullTimeStudent: true,
        authorized: true,
      },
      {
        employer: 'Infotech Solutions',
        noc: '21232',
        country: 'IN',
        start: '2016-08-01',
        end: '2018-07-31',
        hoursPerWeek: 40,
        selfEmployed: false,
        whileFullTimeStudent: false,
        authorized: true,
      },
    ],
  });
  client = await post(`/api/clients/${id}/family`, {
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
        languageTest: {
          test: 'IELTS_GENERAL_TRAINING',
          testDate: '2025-04-01',
          reading: 6.5,
          writing: 6,
          listening: 7,
          speaking: 6,
        },
        canadianWorkYears: 1,
      },
    ],
  });
  return client;
}
