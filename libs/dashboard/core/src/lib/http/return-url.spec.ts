import { loginQueryParams, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps internal paths', () => {
    expect(safeReturnUrl('/admin/users?q=x')).toBe('/admin/users?q=x');
    expect(safeReturnUrl('/cases')).toBe('/cases');
  });

  it('rejects external, protocol-relative and login URLs', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/clients');
    expect(safeReturnUrl('//evil.example/x')).toBe('/clients');
    expect(safeReturnUrl('/\\evil.example')).toBe('/clients');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/clients');
    expect(safeReturnUrl('/login?expired=1')).toBe('/clients');
    expect(safeReturnUrl('')).toBe('/clients');
    expect(safeReturnUrl(undefined)).toBe('/clients');
  });
});

describe('loginQueryParams', () => {
  it('adds expired and returnUrl', () => {
    expect(loginQueryParams('/cases', true)).toEqual({ expired: '1', returnUrl: '/cases' });
    expect(loginQueryParams('/cases')).toEqual({ returnUrl: '/cases' });
  });

  it('omits the root and unsafe return URLs', () => {
    expect(loginQueryParams('/', true)).toEqual({ expired: '1' });
    expect(loginQueryParams('//evil.example')).toEqual({});
    expect(loginQueryParams(null)).toEqual({});
  });
});
