import { createCjsPreset } from 'jest-preset-angular/presets';

export default {
  ...createCjsPreset(),
  displayName: 'dashboard-clients',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/dashboard/clients',
};
