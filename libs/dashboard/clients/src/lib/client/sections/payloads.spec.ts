import { familyItem } from './family-section';
import { statusItem } from './status-section';
import { isPartTime } from './work-section';

describe('request items', () => {
  const status = {
    id: null,
    type: 'work_permit' as const,
    maskedPermitNumber: null,
    permitNumber: '',
    validFrom: '2024-01-01',
    validTo: '',
    conditions: '  ',
  };

  it('keeps a stored permit number by omitting it, and sends a typed one', () => {
    expect(statusItem({ ...status, id: 's-1', maskedPermitNumber: '•••567' })).toEqual({
      id: 's-1',
      type: 'work_permit',
      validFrom: '2024-01-01',
      validTo: null,
      conditions: null,
    });
    expect(statusItem({ ...status, id: 's-1', permitNumber: ' U7654321 ' })).toEqual(
      expect.objectContaining({ id: 's-1', permitNumber: 'U7654321' }),
    );
    expect('id' in statusItem(status)).toBe(false);
    expect('permitNumber' in statusItem(status)).toBe(false);
  });

  const member = {
    relationship: 'spouse' as const,
    givenNames: ' Leïla ',
    familyName: 'Haddad',
    dateOfBirth: '',
    email: '',
    accompanying: true,
    canadianCitizenOrPR: true,
    educationLevel: 'masters' as const,
    canadianWorkYears: 2,
    permitType: null,
    permitValidTo: '',
    hasLanguageTest: true,
    languageTest: {
      test: 'TEF_CANADA' as const,
      testDate: '2025-03-01',
      reading: 200,
      writing: 400,
      listening: 300,
      speaking: 400,
    },
  };

  it('sends the partner factors of a spouse', () => {
    expect(familyItem(member)).toEqual({
      relationship: 'spouse',
      givenNames: 'Leïla',
      familyName: 'Haddad',
      dateOfBirth: null,
      email: null,
      accompanying: true,
      canadianCitizenOrPR: true,
      educationLevel: 'masters',
      canadianWorkYears: 2,
      permitType: null,
      permitValidTo: null,
      languageTest: member.languageTest,
    });
    expect(familyItem({ ...member, hasLanguageTest: false }).languageTest).toBeNull();
  });

  it("sends any family member's temporary status and its last day", () => {
    expect(
      familyItem({
        ...member,
        relationship: 'dependent_child',
        permitType: 'study_permit',
        permitValidTo: '2027-08-31',
      }),
    ).toEqual(expect.objectContaining({ permitType: 'study_permit', permitValidTo: '2027-08-31' }));
  });

  it('drops partner factors for a dependant', () => {
    expect(familyItem({ ...member, relationship: 'dependent_child' })).toEqual(
      expect.objectContaining({
        canadianCitizenOrPR: false,
        educationLevel: null,
        canadianWorkYears: null,
        languageTest: null,
        accompanying: true,
      }),
    );
  });

  it('marks a job under 30 hours a week as part-time', () => {
    expect(isPartTime(20)).toBe(true);
    expect(isPartTime(29.5)).toBe(true);
    expect(isPartTime(30)).toBe(false);
    expect(isPartTime(null)).toBe(false);
  });
});
