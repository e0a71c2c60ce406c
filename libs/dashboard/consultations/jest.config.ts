import { createCjsPreset } from 'jest-preset-angular/presets';

export default {
  ...createCjsPreset(),
  displayName: 'dashboard-consultations',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/dashboard/consultations',
};
