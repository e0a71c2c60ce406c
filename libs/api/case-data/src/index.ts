export * from './lib/case-data.module';
export * from './lib/case.entities';
export * from './lib/case-hooks';
export * from './lib/case-access';
export * from './lib/deadline-writer';
export * from './lib/dates';
export * from './lib/labels';
