import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  applyProblemToForm,
  isCsrfProblem,
  parseProblem,
  serverErrorOf,
  toFormPath,
} from './problem';

function httpError(status: number, body: unknown, statusText = 'Bad Request'): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    statusText,
    error: body,
    url: '/api/users',
    headers: new HttpHeaders({ 'content-type': 'application/problem+json' }),
  });
}

describe('parseProblem', () => {
  it('returns null for errors that are not HTTP errors', () => {
    expect(parseProblem(new Error('boom'))).toBeNull();
    expect(parseProblem('text')).toBeNull();
  });

  it('reads a problem+json body including field errors', () => {
    const problem = parseProblem(
      httpError(400, {
        type: 'https://intake.example/problems/validation',
        title: 'Validation failed',
        status: 400,
        detail: 'Some fields are invalid',
        errors: [
          { field: 'email', message: 'must be a valid e-mail address' },
          { field: 'password', message: 'must be at least 12 characters' },
        ],
      }),
    );
    expect(problem).toEqual({
      type: 'https://intake.example/problems/validation',
      title: 'Validation failed',
      status: 400,
      detail: 'Some fields are invalid',
      errors: [
        { field: 'email', message: 'must be a valid e-mail address' },
        { field: 'password', message: 'must be at least 12 characters' },
      ],
    });
  });

  it('parses a body that arrived as a JSON string', () => {
    const problem = parseProblem(
      httpError(409, JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409 })),
    );
    expect(problem?.status).toBe(409);
    expect(problem?.title).toBe('Conflict');
  });

  it("reads the rule that refused a case's move, and ignores a malformed one", () => {
    const body = { type: 'transition-refused', title: 'Refused', status: 409, detail: 'x' };
    const refusal = { code: 'checklist_incomplete', count: 3 };
    expect(parseProblem(httpError(409, { ...body, refusal }))?.refusal).toEqual(refusal);
    expect(
      parseProblem(httpError(409, { ...body, refusal: { code: 'lawyer_only' } }))?.refusal,
    ).toEqual({ code: 'lawyer_only' });
    expect(parseProblem(httpError(409, { ...body, refusal: 'no' }))?.refusal).toBeUndefined();
  });

  it('drops malformed field errors', () => {
    const problem = parseProblem(
      httpError(400, {
        title: 'Bad',
        status: 400,
        errors: [{ field: 'name' }, 'x', { field: 'email', message: 'bad' }],
      }),
    );
    expect(problem?.errors).toEqual([{ field: 'email', message: 'bad' }]);
  });

  it('falls back to the HTTP status for non-problem bodies', () => {
    expect(parseProblem(httpError(502, '<html>Bad gateway</html>', 'Bad Gateway'))).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
    });
    expect(parseProblem(httpError(0, null, ''))?.status).toBe(0);
  });
});

describe('isCsrfProblem', () => {
  it('recognises a 403 whose type or title mentions CSRF', () => {
    expect(
      isCsrfProblem({ type: 'https://x/problems/csrf', title: 'Forbidden', status: 403 }),
    ).toBe(true);
    expect(isCsrfProblem({ type: 'about:blank', title: 'Invalid CSRF token', status: 403 })).toBe(
      true,
    );
  });

  it('ignores other 403s and other statuses', () => {
    expect(isCsrfProblem({ type: 'about:blank', title: 'Forbidden', status: 403 })).toBe(false);
    expect(isCsrfProblem({ type: 'https://x/problems/csrf', title: 'CSRF', status: 400 })).toBe(
      false,
    );
    expect(isCsrfProblem(null)).toBe(false);
  });
});

describe('applyProblemToForm', () => {
  function form() {
    return new FormGroup({
      email: new FormControl('a@b.c', { nonNullable: true, validators: [Validators.email] }),
      name: new FormControl('Ann', { nonNullable: true }),
      address: new FormGroup({ city: new FormControl('', { nonNullable: true }) }),
    });
  }

  it('sets the API message on the matching controls and returns unmatched errors', () => {
    const group = form();
    const unmatched = applyProblemToForm(group, {
      type: 'about:blank',
      title: 'Validation failed',
      status: 400,
      errors: [
        { field: 'email', message: 'must be a valid e-mail address' },
        { field: 'address.city', message: 'is required' },
        { field: 'unknownField', message: 'nope' },
      ],
    });

    expect(group.controls.email.errors).toEqual({ server: 'must be a valid e-mail address' });
    expect(group.controls.email.touched).toBe(true);
    expect(serverErrorOf(group.get('address.city'))).toBe('is required');
    expect(group.controls.name.errors).toBeNull();
    expect(group.valid).toBe(false);
    expect(unmatched).toEqual([{ field: 'unknownField', message: 'nope' }]);
  });

  it('maps array paths such as work[1].noc onto form arrays', () => {
    expect(toFormPath('work[1].noc')).toBe('work.1.noc');
    const group = new FormGroup({
      work: new FormArray([
        new FormGroup({ noc: new FormControl('', { nonNullable: true }) }),
        new FormGroup({ noc: new FormControl('', { nonNullable: true }) }),
      ]),
    });
    applyProblemToForm(group, {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      errors: [{ field: 'work[1].noc', message: 'is not a NOC 2021 unit group' }],
    });
    expect(serverErrorOf(group.get('work.1.noc'))).toBe('is not a NOC 2021 unit group');
    expect(serverErrorOf(group.get('work.0.noc'))).toBeNull();
  });

  it('maps API field names through aliases', () => {
    const group = form();
    applyProblemToForm(
      group,
      {
        type: 'about:blank',
        title: 'Bad',
        status: 400,
        errors: [{ field: 'fullName', message: 'is required' }],
      },
      { fullName: 'name' },
    );
    expect(serverErrorOf(group.controls.name)).toBe('is required');
  });

  it('keeps client-side errors next to the server message', () => {
    const group = form();
    group.controls.email.setValue('not-an-email');
    applyProblemToForm(group, {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      errors: [{ field: 'email', message: 'taken' }],
    });
    expect(group.controls.email.errors).toEqual({ email: true, server: 'taken' });
  });

  it('clears the server error once the user edits the field', () => {
    const group = form();
    applyProblemToForm(group, {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      errors: [{ field: 'name', message: 'is required' }],
    });
    expect(serverErrorOf(group.controls.name)).toBe('is required');
    group.controls.name.setValue('Bob');
    expect(serverErrorOf(group.controls.name)).toBeNull();
  });

  it('does nothing for a problem without field errors', () => {
    const group = form();
    expect(applyProblemToForm(group, { type: 'about:blank', title: 'x', status: 500 })).toEqual([]);
    expect(applyProblemToForm(group, null)).toEqual([]);
    expect(group.valid).toBe(true);
  });
});
