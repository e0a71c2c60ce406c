export * from './lib/problem';
export * from './lib/page.dto';
export * from './lib/roles';
export * from './lib/users.dto';
export * from './lib/auth.dto';
export * from './lib/audit.dto';
export * from './lib/intake';
export * from './lib/clients.dto';
