export * from './lib/disclaimers.module';
export * from './lib/disclaimers.service';
export * from './lib/disclaimer.entities';
export * from './lib/disclaimer-hash';
export * from './lib/public-endpoint';
