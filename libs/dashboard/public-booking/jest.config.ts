import { createCjsPreset } from 'jest-preset-angular/presets';

export default {
  ...createCjsPreset(),
  displayName: 'dashboard-public-booking',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/dashboard/public-booking',
};
