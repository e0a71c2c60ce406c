import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Icon, MessagePage, PageState } from '@intake/dashboard/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AssessmentsSection } from './assessments-section';
import { CaseHeader } from './case-header';
import { CaseStore } from './case-store';
import { ChecklistSection } from './checklist-section';
import { DeadlinesSection } from './deadlines-section';
import { NotesSection } from './notes-section';
import { StageHistory } from './stage-history';
import { TasksSection } from './tasks-section';

/**
 * One case: the header (who, what, where it stands, the next deadline, the move to the next
 * stage), then the documents, tasks and notes a paralegal works through, and beside them the
 * deadlines, the stage history and the client's assessments.
 */
@Component({
  selector: 'intake-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CaseStore],
  imports: [
    RouterLink,
    TranslatePipe,
    Icon,
    MessagePage,
    PageState,
    CaseHeader,
    ChecklistSection,
    TasksSection,
    NotesSection,
    DeadlinesSection,
    StageHistory,
    AssessmentsSection,
  ],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
})
export class CasePage {
  protected readonly store = inject(CaseStore);

  /** Route parameter `:caseId`. */
  readonly caseId = input.required<string>();

  constructor() {
    effect(() => {
      const id = this.caseId();
      untracked(() => void this.store.load(id).catch(() => undefined));
    });
    void this.store.loadStaff();
  }

  protected retry(): void {
    void this.store.load(this.caseId()).catch(() => undefined);
  }
}
