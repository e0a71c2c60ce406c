export * from './lib/assessments.routes';
export { AssessmentsApi, reportUrl, ASSESSMENT_API } from './lib/data/assessments-api';
export { ClientAssessmentPage } from './lib/client-page/client-assessment-page';
export { CalculatorPage } from './lib/calculator/calculator-page';
export { AssessmentResult } from './lib/result/assessment-result';
