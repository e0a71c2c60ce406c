export * from './lib/admin.routes';
export { UsersPage, userStatus, type UserStatus } from './lib/users/users-page';
export { UsersApi, type UserListQuery } from './lib/users/users-api';
