export * from './lib/clients.routes';
export { ClientsApi, type ClientListQuery } from './lib/data/clients-api';
