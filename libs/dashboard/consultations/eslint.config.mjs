import nx from '@nx/eslint-plugin';
import baseConfig from '../../../eslint.config.mjs';
import { angularRules, angularTemplateRules } from '../eslint.angular.mjs';

export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  { files: ['**/*.ts'], rules: angularRules },
  { files: ['**/*.html'], rules: angularTemplateRules },
];
