export * from './lib/assessments.module';
export * from './lib/reassess';
