import { loggedPath } from './logged-path';

describe('loggedPath', () => {
  it('drops the query string, which may hold personal data', () => {
    expect(loggedPath('/api/clients?q=Nguyen&limit=10')).toBe('/api/clients');
  });

  it('hides the private link of a booking, whatever follows it', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE';
    expect(loggedPath(`/api/public/bookings/${token}`)).toBe('/api/public/bookings/:token');
    expect(loggedPath(`/api/public/bookings/${token}/cancel?x=1`)).toBe(
      '/api/public/bookings/:token/cancel',
    );
  });

  it('leaves other paths, the booking submission included, as they are', () => {
    expect(loggedPath('/api/public/bookings')).toBe('/api/public/bookings');
    expect(loggedPath('/api/cases/0b7c9d4e-1a2b-4c3d-8e9f-001122334455/moves')).toBe(
      '/api/cases/0b7c9d4e-1a2b-4c3d-8e9f-001122334455/moves',
    );
  });
});
