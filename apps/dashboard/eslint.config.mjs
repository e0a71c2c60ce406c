import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';
import { angularRules, angularTemplateRules } from '../../libs/dashboard/eslint.angular.mjs';

export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  { files: ['**/*.ts'], rules: angularRules },
  { files: ['**/*.html'], rules: angularTemplateRules },
];
