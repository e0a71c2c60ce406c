export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/api-client';
export * from './lib/factories';
export * from './lib/pdf-text';
export * from './lib/client-fixtures';
export * from './lib/case-fixtures';
export * from './lib/public-visitor';
