import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { LANGUAGE_LABEL_KEYS, LanguageService, parseProblem } from '@intake/dashboard/core';
import {
  ConfirmService,
  Icon,
  IsoDatePipe,
  MessagePage,
  NoticeBox,
  PageState,
  TimestampPipe,
} from '@intake/dashboard/ui';
import type {
  ConsultationRequestDto,
  ConsultationTypeDto,
  ConversionDto,
} from '@intake/shared/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ConsultationTypesApi } from '../data/consultation-types-api';
import {
  ANSWER_LABEL_KEYS,
  CASE_TYPE_LABEL_KEYS,
  MODE_LABEL_KEYS,
  PROGRAM_LABEL_KEYS,
  STATUS_ACTIONS,
  STATUS_LABEL_KEYS,
  type StatusAction,
  canConvert,
  canMove,
  precheckReasonText,
  precheckRoleText,
  typeName,
} from '../data/domain';
import { FirmDateTimePipe, FirmTimePipe, firmWallClock } from '../data/firm-time';
import { type Notice, noticeFor } from '../data/notices';
import { RequestsApi } from '../data/requests-api';

export type RequestLoadState = 'loading' | 'ready' | 'notFound' | 'error';

const ACTION_KEYS: Readonly<Record<StatusAction, string>> = {
  contacted: 'consultations.request.actions.contacted',
  declined: 'consultations.request.actions.declined',
  no_show: 'consultations.request.actions.no_show',
};

/** Declining and marking a no-show are confirmed first. */
const CONFIRMS: Readonly<Partial<Record<StatusAction, { title: string; message: string }>>> = {
  declined: {
    title: 'consultations.request.confirmDecline.title',
    message: 'consultations.request.confirmDecline.message',
  },
  no_show: {
    title: 'consultations.request.confirmNoShow.title',
    message: 'consultations.request.confirmNoShow.message',
  },
};

/** What the request became: from the conversion just made, or from the request itself. */
export interface ConvertedLinks {
  clientId: string;
  caseId: string;
  clientFileNumber: string | null;
  caseFileNumber: string | null;
  caseType: ConversionDto['caseType'] | null;
}

/**
 * One consultation request: what the visitor told us, the conflict pre-check, the bookings,
 * the self-assessment, the disclaimer acknowledged; status moves and the conversion into a
 * client and a case.
 */
@Component({
  selector: 'intake-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatProgressBar,
    TranslatePipe,
    Icon,
    MessagePage,
    PageState,
    IsoDatePipe,
    TimestampPipe,
    FirmDateTimePipe,
    FirmTimePipe,
    NoticeBox,
  ],
  templateUrl: './request-page.html',
  styleUrl: './request-page.scss',
})
export class RequestPage {
  private readonly api = inject(RequestsApi);
  private readonly typesApi = inject(ConsultationTypesApi);
  private readonly confirmService = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  private loadId = 0;
  /** A confirmation dialog is open: further clicks must not open another. */
  private confirming = false;

  /** Route parameter `:requestId`. */
  readonly requestId = input.required<string>();

  protected readonly statusLabelKeys = STATUS_LABEL_KEYS;
  protected readonly programLabelKeys = PROGRAM_LABEL_KEYS;
  protected readonly modeLabelKeys = MODE_LABEL_KEYS;
  protected readonly answerLabelKeys = ANSWER_LABEL_KEYS;
  protected readonly caseTypeLabelKeys = CASE_TYPE_LABEL_KEYS;
  protected readonly languageLabelKeys = LANGUAGE_LABEL_KEYS;
  protected readonly actionKeys = ACTION_KEYS;
  protected readonly roleText = precheckRoleText;
  protected readonly reasonText = precheckReasonText;
  protected readonly offsetOf = (instant: string): string => firmWallClock(instant)?.offset ?? '';

  protected readonly request = signal<ConsultationRequestDto | null>(null);
  protected readonly loadState = signal<RequestLoadState>('loading');
  protected readonly types = signal<readonly ConsultationTypeDto[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  /** The status move in flight. */
  protected readonly moving = signal<StatusAction | null>(null);
  protected readonly converting = signal(false);
  private readonly conversion = signal<ConversionDto | null>(null);

  protected readonly actions = computed(() => {
    const current = this.request();
    return current ? STATUS_ACTIONS.filter((to) => canMove(current.status, to)) : [];
  });
  protected readonly convertible = computed(() => {
    const current = this.request();
    return current !== null && canConvert(current.status) && this.converted() === null;
  });
  protected readonly busy = computed(() => this.moving() !== null || this.converting());
  protected readonly converted = computed<ConvertedLinks | null>(() => {
    const done = this.conversion();
    const current = this.request();
    if (done && done.consultationRequestId === current?.id) {
      return done;
    }
    if (current?.clientId && current.caseId) {
      return {
        clientId: current.clientId,
        caseId: current.caseId,
        clientFileNumber: null,
        caseFileNumber: null,
        caseType: null,
      };
    }
    return null;
  });

  constructor() {
    effect(() => {
      const id = this.requestId();
      untracked(() => {
        this.notice.set(null);
        this.conversion.set(null);
        void this.load(id);
      });
    });
    void this.loadTypes();
  }

  protected typeNameOf(code: string): string {
    return typeName(this.types(), code, this.language.current());
  }

  protected retry(): void {
    void this.load(this.requestId());
  }

  /** PATCH the status under the version read; declining and no-shows are confirmed first. */
  protected async move(to: StatusAction): Promise<void> {
    const current = this.request();
    if (!current || this.busy() || this.confirming) {
      return;
    }
    const confirmKeys = CONFIRMS[to];
    if (confirmKeys) {
      const name = `${current.givenNames} ${current.familyName}`;
      const confirmed = await this.ask({
        titleKey: confirmKeys.title,
        messageKey: confirmKeys.message,
        confirmKey: ACTION_KEYS[to],
        params: { name },
        destructive: true,
      });
      if (!confirmed || this.busy()) {
        return;
      }
    }
    this.moving.set(to);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.update(current.id, { version: current.version, status: to }),
      );
      this.request.set(updated);
      this.toast('consultations.request.moved', {
        status: String(this.translate.instant(STATUS_LABEL_KEYS[updated.status])),
      });
    } catch (error: unknown) {
      await this.fail(error, current.id);
    } finally {
      this.moving.set(null);
    }
  }

  /** Creates the client and the case, once: the button is inert while pending or confirming. */
  protected async convert(): Promise<void> {
    const current = this.request();
    if (!current || !this.convertible() || this.busy() || this.confirming) {
      return;
    }
    const matches = current.conflictPrecheck.matches.length;
    const confirmed = await this.ask({
      titleKey: 'consultations.request.convertConfirm.title',
      messageKey:
        matches > 0
          ? 'consultations.request.convertConfirm.messageWithMatches'
          : 'consultations.request.convertConfirm.message',
      confirmKey: 'consultations.request.convertConfirm.confirm',
      params: { name: `${current.givenNames} ${current.familyName}`, count: matches },
    });
    if (!confirmed || this.busy()) {
      return;
    }
    this.converting.set(true);
    this.notice.set(null);
    try {
      const result = await firstValueFrom(this.api.convert(current.id));
      this.conversion.set(result);
      this.toast('consultations.request.convertedToast', {
        client: result.clientFileNumber,
        case: result.caseFileNumber,
      });
      // The request is now `converted` with a new version: show it as the API has it.
      await this.load(current.id);
    } catch (error: unknown) {
      await this.fail(error, current.id);
    } finally {
      this.converting.set(false);
    }
  }

  private async ask(data: Parameters<ConfirmService['confirm']>[0]): Promise<boolean> {
    this.confirming = true;
    try {
      return await this.confirmService.confirm(data);
    } finally {
      this.confirming = false;
    }
  }

  private async fail(error: unknown, id: string): Promise<void> {
    const notice = noticeFor(error);
    this.notice.set(notice);
    if (notice.stale) {
      await this.load(id);
    }
  }

  /** GET the request; keeps showing the one on screen when a reload fails. */
  private async load(id: string): Promise<void> {
    const loadId = ++this.loadId;
    if (this.request()?.id !== id) {
      this.request.set(null);
      this.loadState.set('loading');
    }
    try {
      const found = await firstValueFrom(this.api.get(id));
      if (loadId === this.loadId) {
        this.request.set(found);
        this.loadState.set('ready');
      }
    } catch (error: unknown) {
      if (loadId !== this.loadId) {
        return;
      }
      const problem = parseProblem(error);
      if (this.request()) {
        this.notice.set({ key: 'consultations.request.reloadFailed', detail: null, stale: false });
        return;
      }
      this.loadState.set(
        problem && (problem.status === 404 || problem.status === 400) ? 'notFound' : 'error',
      );
    }
  }

  private async loadTypes(): Promise<void> {
    try {
      this.types.set(await firstValueFrom(this.typesApi.list()));
    } catch {
      // Names fall back to the booking's code; the page stays usable.
    }
  }

  private toast(key: string, params: Record<string, string>): void {
    const message: unknown = this.translate.instant(key, params);
    const close: unknown = this.translate.instant('common.close');
    this.snackBar.open(String(message), String(close), { duration: 5000 });
  }
}
