export * from './lib/bookings.module';
