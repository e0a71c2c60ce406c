import { AssessmentsModule } from '@intake/api/assessments';
import { measure, startBenchApp } from './harness';

const PROFILE = {
  asOf: '2026-06-01',
  dateOfBirth: '1994-03-15',
  intendedProvince: 'ON',
  spouse: { accompanying: true, canadianCitizenOrPR: false, education: 'bachelors', canadianWorkYears: 1 },
  statusHistory: [
    { type: 'study_permit', from: '2018-08-20', to: '2021-12-31' },
    { type: 'work_permit', from: '2022-01-01', to: '2027-12-31' },
  ],
  languageTests: [
    { test: 'IELTS_GENERAL_TRAINING', testDate: '2025-05-10', reading: 8, writing: 7, listening: 8.5, speaking: 7.5 },
    { test: 'TEF_CANADA', testDate: '2025-02-01', reading: 450, writing: 420, listening: 460, speaking: 430 },
  ],
  education: [
    { level: 'bachelors', inCanada: false, fullTime: true, durationYears: 3, completedOn: '2016-06-30', ecaValid: true },
    { level: 'two_year', inCanada: true, fullTime: true, durationYears: 2, completedOn: '2021-12-15' },
  ],
  work: [
    { noc: '21211', country: 'CA', start: '2022-02-01', end: null, hoursPerWeek: 37.5, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
    { noc: '65100', country: 'CA', start: '2019-09-01', end: '2021-12-31', hoursPerWeek: 20, selfEmployed: false, whileFullTimeStudent: true, authorized: true },
    { noc: '21232', country: 'IN', start: '2016-08-01', end: '2018-07-31', hoursPerWeek: 40, selfEmployed: false, whileFullTimeStudent: false, authorized: true },
  ],
};

/** p95 of POST /api/assessments/cec/evaluate with a typical profile, through the whole HTTP stack. */
async function main(): Promise<void> {
  const { api, stop } = await startBenchApp([AssessmentsModule]);
  try {
    const call = () => api.post('/api/assessments/cec/evaluate', PROFILE);
    const first = await call();
    if (first.status !== 200) throw new Error(`evaluate answered ${first.status}: ${JSON.stringify(first.body)}`);
    await measure('warm-up', Array.from({ length: 50 }, () => call));
    await measure('POST /api/assessments/cec/evaluate', Array.from({ length: 1000 }, () => call));
  } finally {
    await stop();
  }
}

void main();
