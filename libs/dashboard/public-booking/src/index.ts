export * from './lib/public-booking.routes';
export { VISITOR_TIME_ZONE, BOOKING_CLOCK } from './lib/time/zoned-time';
