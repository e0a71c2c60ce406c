export * from './lib/intake.module';
export * from './lib/client.entity';
export * from './lib/section.entities';
export * from './lib/conflict-check.entity';
export * from './lib/client-loader';
export * from './lib/cec-profile';
export * from './lib/client.mapper';
export * from './lib/intake-events';
