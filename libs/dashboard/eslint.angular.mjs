// Angular lint rules shared by the dashboard projects (apps/dashboard and libs/dashboard/*).
export const angularRules = {
  '@angular-eslint/directive-selector': [
    'error',
    { type: 'attribute', prefix: 'intake', style: 'camelCase' },
  ],
  '@angular-eslint/component-selector': [
    'error',
    { type: 'element', prefix: 'intake', style: 'kebab-case' },
  ],
  '@angular-eslint/prefer-on-push-component-change-detection': 'error',
  '@angular-eslint/prefer-standalone': 'error',
  '@angular-eslint/prefer-inject': 'error',
  '@angular-eslint/no-empty-lifecycle-method': 'error',
};

export const angularTemplateRules = {
  '@angular-eslint/template/prefer-control-flow': 'error',
  '@angular-eslint/template/button-has-type': 'error',
};
