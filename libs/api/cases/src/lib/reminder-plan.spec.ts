import { OVERDUE, planReminder, reminderKey, reminderStep } from './reminder-plan';

const OFFSETS = [30, 14, 7, 2];
const TODAY = '2026-11-26';

describe('reminderStep', () => {
  it.each([
    ['2027-01-10', null],
    ['2026-12-26', 30],
    ['2026-12-25', 30],
    ['2026-12-10', 14],
    ['2026-12-06', 14],
    ['2026-12-03', 7],
    ['2026-11-28', 2],
    ['2026-11-26', 2],
    ['2026-11-25', OVERDUE],
  ])('a deadline due %s is owed step %p', (dueOn, step) => {
    expect(reminderStep(dueOn, TODAY, OFFSETS)).toBe(step);
  });

  it('gives nothing before the first offset when the offsets are custom', () => {
    expect(reminderStep('2026-12-06', TODAY, [5, 1])).toBeNull();
    expect(reminderStep('2026-12-01', TODAY, [5, 1])).toBe(5);
  });
});

describe('planReminder', () => {
  const deadline = { id: 'd1', dueOn: '2026-12-06', assigneeId: null, paralegalId: 'p1', lawyerId: 'l1' };

  it('reminds the assignee, else the paralegal, before the deadline', () => {
    expect(planReminder(deadline, TODAY, OFFSETS)).toEqual({ deadlineId: 'd1', dueOn: '2026-12-06', offsetDays: 14, recipientId: 'p1' });
    expect(planReminder({ ...deadline, assigneeId: 'a1' }, TODAY, OFFSETS)?.recipientId).toBe('a1');
  });

  it('escalates to the responsible lawyer once the deadline has passed', () => {
    const overdue = planReminder({ ...deadline, dueOn: '2026-11-20', assigneeId: 'a1' }, TODAY, OFFSETS);
    expect(overdue).toEqual({ deadlineId: 'd1', dueOn: '2026-11-20', offsetDays: OVERDUE, recipientId: 'l1' });
    expect(reminderKey(overdue as NonNullable<typeof overdue>)).toBe('d1:2026-11-20:-1:l1');
  });

  it('plans nothing when nobody works on the case', () => {
    expect(planReminder({ ...deadline, paralegalId: null, lawyerId: null }, TODAY, OFFSETS)).toBeNull();
  });
});
