export * from './lib/clients.module';
