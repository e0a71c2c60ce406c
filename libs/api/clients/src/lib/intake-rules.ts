import { isValid, parseISO } from 'date-fns';
import type {
  EducationInput,
  FamilyMemberInput,
  FieldError,
  LanguageTestInput,
  PartyInput,
  StatusEntryInput,
  WorkInput,
} from '@intake/shared/contracts';
import { findNoc, scoreScaleFor } from '@intake/shared/cec-rules';
import { InvalidInput } from '@intake/api/core';

/**
 * The rules class-validator cannot express: dates that exist on the calendar and are in order,
 * nothing in the future that cannot have happened yet, scores on each test's own scale, known
 * NOC codes. Each returns field errors; `assertValid` refuses the whole request on any.
 */
export class IntakeRules {
  private readonly errors: FieldError[] = [];

  constructor(private readonly today: string) {}

  date(field: string, value: string | null | undefined, options: { past?: boolean } = {}): void {
    if (value === null || value === undefined) return;
    if (!isValid(parseISO(value))) {
      this.errors.push({ field, message: 'is not a date on the calendar' });
    } else if (options.past && value > this.today) {
      this.errors.push({ field, message: 'cannot be in the future' });
    }
  }

  order(field: string, from: string | null | undefined, to: string | null | undefined, label: string): void {
    if (from && to && isValid(parseISO(from)) && isValid(parseISO(to)) && to < from) {
      this.errors.push({ field, message: `must be on or after ${label}` });
    }
  }

  statusEntry(prefix: string, item: StatusEntryInput): void {
    this.date(`${prefix}.validFrom`, item.validFrom);
    this.date(`${prefix}.validTo`, item.validTo);
    this.order(`${prefix}.validTo`, item.validFrom, item.validTo, 'validFrom');
  }

  languageTest(prefix: string, item: LanguageTestInput | NonNullable<FamilyMemberInput['languageTest']>): void {
    this.date(`${prefix}.testDate`, item.testDate, { past: true });
    if (!isValid(parseISO(item.testDate))) return;
    const scale = scoreScaleFor(item.test, item.testDate);
    for (const ability of ['reading', 'writing', 'listening', 'speaking'] as const) {
      const range = scale[ability];
      const score = item[ability];
      const steps = (score - range.min) / range.step;
      if (score < range.min || score > range.max || Math.abs(steps - Math.round(steps)) > 1e-9) {
        this.errors.push({
          field: `${prefix}.${ability}`,
          message: `must be between ${range.min} and ${range.max} in steps of ${range.step} for this test`,
        });
      }
    }
  }

  education(prefix: string, item: EducationInput): void {
    this.date(`${prefix}.completedOn`, item.completedOn);
    this.date(`${prefix}.ecaDate`, item.ecaDate, { past: true });
  }

  work(prefix: string, item: WorkInput): void {
    this.date(`${prefix}.start`, item.start, { past: true });
    this.date(`${prefix}.end`, item.end);
    this.order(`${prefix}.end`, item.start, item.end, 'start');
    if (!findNoc(item.noc)) this.errors.push({ field: `${prefix}.noc`, message: 'is not a NOC 2021 unit group' });
  }

  familyMember(prefix: string, item: FamilyMemberInput): void {
    this.date(`${prefix}.dateOfBirth`, item.dateOfBirth, { past: true });
    if (item.languageTest) this.languageTest(`${prefix}.languageTest`, item.languageTest);
    this.date(`${prefix}.permitValidTo`, item.permitValidTo);
    if (item.permitType && !item.permitValidTo) this.errors.push({ field: `${prefix}.permitValidTo`, message: 'is required with a permit' });
    if (item.permitValidTo && !item.permitType) this.errors.push({ field: `${prefix}.permitType`, message: 'is required with an end date' });
  }

  party(prefix: string, item: PartyInput): void {
    this.date(`${prefix}.dateOfBirth`, item.dateOfBirth, { past: true });
  }

  assertValid(): void {
    if (this.errors.length > 0) throw new InvalidInput(this.errors);
  }
}
