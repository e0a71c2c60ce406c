import { UrlSegment } from '@angular/router';
import { calculatorRoutes, clientAssessmentRoutes, optionalAssessmentId } from './assessments.routes';
import { CalculatorPage } from './calculator/calculator-page';
import { ClientAssessmentPage } from './client-page/client-assessment-page';

describe('assessment routes', () => {
  const segments = (...paths: string[]) => paths.map((path) => new UrlSegment(path, {}));

  it('match the client page with or without an assessment id, in one route', () => {
    expect(optionalAssessmentId(segments())).toEqual({ consumed: [] });
    const one = segments('a1');
    expect(optionalAssessmentId(one)).toEqual({ consumed: one, posParams: { assessmentId: one[0] } });
    expect(optionalAssessmentId(segments('a1', 'extra'))).toBeNull();
    expect(clientAssessmentRoutes).toHaveLength(1);
    expect(clientAssessmentRoutes[0].component).toBe(ClientAssessmentPage);
  });

  it('mount the calculator at the root of /assessments', () => {
    expect(calculatorRoutes).toEqual([
      { path: '', component: CalculatorPage, title: 'assessments.calculator.title' },
    ]);
  });
});
