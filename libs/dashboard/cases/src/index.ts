export * from './lib/cases.routes';
export { CasesApi, CASES_API, caseUrl, fileContentUrl } from './lib/data/cases-api';
