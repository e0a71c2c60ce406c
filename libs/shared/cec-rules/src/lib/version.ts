/** Changes whenever a rule, a table or a counting method changes; stored with assessments. */
export const ENGINE_VERSION = '1.1.1';
