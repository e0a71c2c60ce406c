// Throughput of evaluateCec on one core. Run:
// npx ts-node --transpile-only -P libs/shared/cec-rules/tsconfig.spec.json libs/shared/cec-rules/bench/engine.bench.ts
import { evaluateCec } from '../src/lib/evaluate';
import type { CecProfile } from '../src/lib/types';

const TODAY = '2026-11-26';

/** A typical intake profile: 3 jobs, 2 tests, 2 credentials, an accompanying spouse. */
const profile: CecProfile = {
  dateOfBirth: '1994-03-12',
  intendedProvince: 'ON',
  spouse: {
    accompanying: true,
    canadianCitizenOrPR: false,
    education: 'bachelors',
    languageTest: {
      test: 'CELPIP_GENERAL',
      testDate: '2026-01-10',
      reading: 8,
      writing: 7,
      listening: 8,
      speaking: 7,
    },
    canadianWorkYears: 1,
  },
  statusHistory: [
    { type: 'study_permit', from: '2019-08-20', to: '2023-05-31' },
    { type: 'maintained', from: '2023-06-01', to: '2023-07-14' },
    { type: 'work_permit', from: '2023-07-15', to: '2026-07-14' },
    { type: 'maintained', from: '2026-07-15', to: null },
  ],
  languageTests: [
    {
      test: 'IELTS_GENERAL_TRAINING',
      testDate: '2025-03-02',
      reading: 8,
      writing: 7,
      listening: 8.5,
      speaking: 7,
    },
    {
      test: 'TEF_CANADA',
      testDate: '2025-09-20',
      reading: 470,
      writing: 440,
      listening: 480,
      speaking: 500,
    },
  ],
  education: [
    {
      level: 'bachelors',
      inCanada: false,
      fullTime: true,
      durationYears: 4,
      completedOn: '2016-06-30',
      ecaValid: true,
    },
    {
      level: 'two_year',
      inCanada: true,
      fullTime: true,
      durationYears: 2,
      completedOn: '2023-05-15',
    },
  ],
  work: [
    {
      noc: '21232',
      country: 'IN',
      start: '2016-08-01',
      end: '2019-07-31',
      hoursPerWeek: 45,
      selfEmployed: false,
      whileFullTimeStudent: false,
      authorized: true,
    },
    {
      noc: '62020',
      country: 'CA',
      start: '2021-09-01',
      end: '2023-04-30',
      hoursPerWeek: 20,
      selfEmployed: false,
      whileFullTimeStudent: true,
      authorized: true,
    },
    {
      noc: '21232',
      country: 'CA',
      start: '2023-06-05',
      end: null,
      hoursPerWeek: 37.5,
      selfEmployed: false,
      whileFullTimeStudent: false,
      authorized: true,
    },
  ],
};

interface Measure {
  evaluations: number;
  elapsedMs: number;
  cpuMs: number;
}

function run(seconds: number): Measure {
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let evaluations = 0;
  let checksum = 0;
  while (process.hrtime.bigint() < deadline) {
    for (let i = 0; i < 100; i += 1) {
      checksum += evaluateCec(profile, { today: TODAY }).canadianSkilledHours;
      evaluations += 1;
    }
  }
  if (checksum <= 0) throw new Error('unexpected result');
  const cpu = process.cpuUsage(cpuStart);
  return {
    evaluations,
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

const perSecond = (count: number, ms: number): string =>
  Math.round((count / ms) * 1000).toLocaleString('en-CA');

run(1); // warm-up (JIT)
const { evaluations, elapsedMs, cpuMs } = run(4);
const sample = evaluateCec(profile, { today: TODAY });
console.log(
  `profile outcome: ${sample.outcome}, hours ${sample.canadianSkilledHours}, CRS ${sample.crs?.total}`,
);
console.log(`${evaluations} evaluations in ${(elapsedMs / 1000).toFixed(2)} s`);
console.log(`${perSecond(evaluations, elapsedMs)} evaluations per second (target: 10,000)`);
// On a busy machine wall time includes waiting for a core; CPU time is the engine's own cost.
console.log(`${perSecond(evaluations, cpuMs)} evaluations per CPU-second`);
