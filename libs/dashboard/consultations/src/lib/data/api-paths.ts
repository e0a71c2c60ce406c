/** The API's paths for consultation requests, bookings and availability. */
export const CONSULTATIONS_API = {
  requests: '/api/consultation-requests',
  bookings: '/api/bookings',
  staff: '/api/staff',
  types: '/api/consultation-types',
  availability: '/api/availability',
  settings: '/api/availability/settings',
  holidays: '/api/availability/holidays',
} as const;

export const id = encodeURIComponent;

export function requestUrl(requestId: string): string {
  return `${CONSULTATIONS_API.requests}/${id(requestId)}`;
}
