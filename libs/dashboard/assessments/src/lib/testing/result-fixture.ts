import type { CecResult } from '@intake/shared/cec-rules';
import type { AssessmentDto, AssessmentSummaryDto, ClientDto } from '@intake/shared/contracts';

/**
 * Test data only. A real engine result (engine 1.1.0) for the profile of
 * libs/testing/src/lib/client-fixtures.ts evaluated for 2026-06-01.
 */
export const ELIGIBLE_RESULT: CecResult = {
  "program": "CEC",
  "engineVersion": "1.1.0",
  "asOf": "2026-06-01",
  "ruleSet": {
    "id": "cec-2022",
    "effectiveFrom": "2022-11-16",
    "effectiveTo": null
  },
  "outcome": "eligible",
  "criteria": [
    {
      "id": "canadian_work_experience",
      "status": "met",
      "detail": "4,697 hours of qualifying skilled work in Canada from 2023-06-01 to 2026-05-31 (the 3 years before 2026-06-01); 1,560 hours are required (full-time is 30 hours a week; hours above that do not count).",
      "detailFr": "4 697 heures de travail qualifié admissible au Canada du 2023-06-01 au 2026-05-31 (les 3 années précédant le 2026-06-01); 1 560 heures sont requises (le temps plein est de 30 heures par semaine; les heures au-delà ne comptent pas).",
      "source": "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-87.1.html"
    },
    {
      "id": "language",
      "status": "met",
      "detail": "IELTS General Training of 2025-05-10: CLB reading 10, writing 9, listening 10, speaking 10. CLB/NCLC 7 is required in each of the four abilities because the main occupation is TEER 0 or 1.",
      "detailFr": "IELTS General Training du 2025-05-10 : NCLC/CLB compréhension de l'écrit 10, expression écrite 9, compréhension de l'oral 10, expression orale 10. Le niveau NCLC/CLB 7 est exigé dans chacune des quatre compétences parce que la profession principale relève de la catégorie FEER 0 ou 1.",
      "source": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-requirements/language-testing.html"
    },
    {
      "id": "temporary_status",
      "status": "met",
      "detail": "Temporary resident status is recorded on every day of the Canadian work that counts.",
      "detailFr": "Un statut de résident temporaire est inscrit pour chaque jour du travail au Canada qui compte.",
      "source": "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-87.1.html"
    },
    {
      "id": "residence_outside_quebec",
      "status": "met",
      "detail": "Intended province or territory: ON (outside Quebec).",
      "detailFr": "Province ou territoire de destination : ON (hors du Québec).",
      "source": "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-87.1.html"
    },
    {
      "id": "admissibility",
      "status": "not_assessed",
      "detail": "Admissibility (security, criminality, health, misrepresentation, non-compliance) is not assessed by this engine; no concern was disclosed.",
      "detailFr": "L'admissibilité (sécurité, criminalité, santé, fausses déclarations, non-conformité) n'est pas évaluée par ce moteur; aucun problème n'a été déclaré.",
      "source": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html"
    }
  ],
  "canadianSkilledHours": 4697,
  "work": {
    "stream": "single",
    "windowFrom": "2023-06-01",
    "windowTo": "2026-05-31",
    "requiredHours": 1560,
    "uncertainHours": 0,
    "hoursWithoutTemporaryStatus": 0,
    "mainOccupationGroup": "teer0or1",
    "hoursTeer0or1": 4697,
    "hoursTeer2or3": 0,
    "timeline": [
      {
        "date": "2023-06-01",
        "hours": 0
      },
      {
        "date": "2023-07-01",
        "hours": 128
      },
      {
        "date": "2023-08-01",
        "hours": 261
      },
      {
        "date": "2023-09-01",
        "hours": 394
      },
      {
        "date": "2023-10-01",
        "hours": 522
      },
      {
        "date": "2023-11-01",
        "hours": 655
      },
      {
        "date": "2023-12-01",
        "hours": 784
      },
      {
        "date": "2024-01-01",
        "hours": 917
      },
      {
        "date": "2024-02-01",
        "hours": 1050
      },
      {
        "date": "2024-03-01",
        "hours": 1174
      },
      {
        "date": "2024-04-01",
        "hours": 1307
      },
      {
        "date": "2024-05-01",
        "hours": 1435
      },
      {
        "date": "2024-06-01",
        "hours": 1568
      },
      {
        "date": "2024-07-01",
        "hours": 1697
      },
      {
        "date": "2024-08-01",
        "hours": 1830
      },
      {
        "date": "2024-09-01",
        "hours": 1962
      },
      {
        "date": "2024-10-01",
        "hours": 2091
      },
      {
        "date": "2024-11-01",
        "hours": 2224
      },
      {
        "date": "2024-12-01",
        "hours": 2352
      },
      {
        "date": "2025-01-01",
        "hours": 2485
      },
      {
        "date": "2025-02-01",
        "hours": 2618
      },
      {
        "date": "2025-03-01",
        "hours": 2738
      },
      {
        "date": "2025-04-01",
        "hours": 2871
      },
      {
        "date": "2025-05-01",
        "hours": 3000
      },
      {
        "date": "2025-06-01",
        "hours": 3132
      },
      {
        "date": "2025-07-01",
        "hours": 3261
      },
      {
        "date": "2025-08-01",
        "hours": 3394
      },
      {
        "date": "2025-09-01",
        "hours": 3527
      },
      {
        "date": "2025-10-01",
        "hours": 3655
      },
      {
        "date": "2025-11-01",
        "hours": 3788
      },
      {
        "date": "2025-12-01",
        "hours": 3917
      },
      {
        "date": "2026-01-01",
        "hours": 4050
      },
      {
        "date": "2026-02-01",
        "hours": 4182
      },
      {
        "date": "2026-03-01",
        "hours": 4302
      },
      {
        "date": "2026-04-01",
        "hours": 4435
      },
      {
        "date": "2026-05-01",
        "hours": 4564
      },
      {
        "date": "2026-06-01",
        "hours": 4697
      }
    ]
  },
  "language": {
    "test": "IELTS_GENERAL_TRAINING",
    "testDate": "2025-05-10",
    "clb": {
      "reading": 10,
      "writing": 9,
      "listening": 10,
      "speaking": 10
    },
    "requiredClb": 7
  },
  "earliestEligibleDate": null,
  "warnings": [
    {
      "code": "HOURS_AGE_OUT",
      "date": "2028-06-03",
      "detail": "Counting no work from 2026-06-01 on, the qualifying hours fall below 1,560 for an application made on or after 2028-06-03.",
      "detailFr": "Sans travail à compter du 2026-06-01, les heures admissibles tombent sous 1 560 pour une demande présentée le 2028-06-03 ou après."
    }
  ],
  "crs": {
    "total": 540,
    "core": 400,
    "spouse": 25,
    "transferability": 100,
    "additional": 15,
    "grid": "2025-03-25",
    "breakdown": {
      "age": 85,
      "education": 119,
      "firstOfficialLanguage": 125,
      "secondOfficialLanguage": 8,
      "canadianWorkExperience": 63,
      "spouseEducation": 8,
      "spouseFirstOfficialLanguage": 12,
      "spouseCanadianWorkExperience": 5,
      "transferabilityEducationLanguage": 50,
      "transferabilityEducationCanadianWork": 50,
      "transferabilityEducationCap": -50,
      "transferabilityForeignWorkLanguage": 25,
      "transferabilityForeignWorkCanadianWork": 25,
      "transferabilityForeignWorkCap": 0,
      "transferabilityCertificateOfQualification": 0,
      "transferabilityCap": 0,
      "provincialNomination": 0,
      "siblingInCanada": 0,
      "frenchLanguageBonus": 0,
      "canadianStudy": 15,
      "additionalCap": 0
    },
    "basis": {
      "withSpouse": true,
      "age": 32,
      "educationLevel": "two_or_more",
      "firstOfficialLanguage": {
        "test": "IELTS_GENERAL_TRAINING",
        "testDate": "2025-05-10",
        "clb": {
          "reading": 10,
          "writing": 9,
          "listening": 10,
          "speaking": 10
        }
      },
      "secondOfficialLanguage": {
        "test": "TEF_CANADA",
        "testDate": "2025-02-01",
        "clb": {
          "reading": 7,
          "writing": 6,
          "listening": 7,
          "speaking": 6
        }
      },
      "canadianWorkYears": 4,
      "foreignWorkYears": 2,
      "spouseEducationLevel": "bachelors_or_3yr",
      "spouseLanguage": {
        "test": "IELTS_GENERAL_TRAINING",
        "testDate": "2025-04-01",
        "clb": {
          "reading": 8,
          "writing": 7,
          "listening": 7,
          "speaking": 7
        }
      },
      "spouseCanadianWorkYears": 1
    }
  }
};

export function summary(overrides: Partial<AssessmentSummaryDto> = {}): AssessmentSummaryDto {
  return {
    id: 'a1',
    clientId: 'c1',
    asOf: '2026-06-01',
    ruleSetId: 'cec-2022',
    engineVersion: '1.1.0',
    outcome: 'eligible',
    crsTotal: 540,
    canadianSkilledHours: 4697,
    createdAt: '2026-11-26T10:00:00.000Z',
    createdBy: 'u1',
    createdByName: 'Laura Lawyer',
    stale: false,
    releases: [],
    ...overrides,
  };
}

export function assessment(overrides: Partial<AssessmentDto> = {}): AssessmentDto {
  return {
    ...summary(),
    input: {
      asOf: '2026-06-01',
      dateOfBirth: '1994-03-15',
      intendedProvince: 'ON',
      statusHistory: [],
      languageTests: [],
      education: [],
      work: [],
    },
    result: ELIGIBLE_RESULT,
    ...overrides,
  };
}

export function client(overrides: Partial<ClientDto> = {}): ClientDto {
  return {
    id: 'c1',
    fileNumber: 'F-2026-0001',
    givenNames: 'Priya',
    familyName: 'Sharma',
    dateOfBirth: '1994-03-15',
    email: null,
    phone: null,
    intendedProvince: 'ON',
    assignedTo: null,
    updatedAt: '2026-11-26T09:00:00.000Z',
    otherNames: [],
    citizenships: ['IN'],
    countryOfResidence: 'CA',
    address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: null },
    preferredLanguage: 'fr',
    maritalStatus: 'married',
    notes: null,
    open: true,
    createdAt: '2026-11-01T09:00:00.000Z',
    version: 3,
    statusHistory: [],
    languageTests: [],
    education: [],
    work: [],
    family: [],
    parties: [],
    identification: null,
    verifications: [],
    nextStatusExpiry: null,
    conflictStatus: null,
    canadianSkilledHours: 4697,
    ...overrides,
  };
}
