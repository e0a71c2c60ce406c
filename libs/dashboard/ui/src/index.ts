export * from './lib/icon/icon';
export * from './lib/page-state/page-state';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/pages/message-page';
export * from './lib/paginator/translated-paginator-intl';
export * from './lib/table/typed-table';
export * from './lib/dates/dates';
export * from './lib/notice-box/notice-box';
