/**
 * The intake features that tests of other features run beside (a feature never imports another
 * feature; its tests get them here): clients for createProfiledClient, assessments for stored results.
 */
export { ClientsModule } from '@intake/api/clients';
export { AssessmentsModule } from '@intake/api/assessments';
