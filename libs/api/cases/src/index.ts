export * from './lib/cases.module';
export * from './lib/reminders.service';
export * from './lib/reminder-plan';
