/** The cases feature, for the tests of features built around cases (checklists). */
export { CasesModule, RemindersService } from '@intake/api/cases';
