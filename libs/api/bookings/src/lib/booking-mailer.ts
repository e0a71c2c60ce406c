import { Inject, Injectable } from '@nestjs/common';
import type { Language, MeetingMode } from '@intake/shared/contracts';
import { AppConfig, type MailAttachment, MailService } from '@intake/api/core';
import type { EntityManager } from 'typeorm';
import { buildIcs } from './ics';

export type BookingMessageKind = 'confirmation' | 'rescheduled' | 'cancelled' | 'reminder';

/** What a message about one booking needs; the visitor's own details only. */
export interface BookingMessage {
  kind: BookingMessageKind;
  bookingId: string;
  /** Booking version: the invitation's SEQUENCE is version - 1. */
  version: number;
  start: Date;
  end: Date;
  mode: MeetingMode;
  typeName: string;
  language: Language;
  visitor: { name: string; email: string };
  /** The private link's token, when the caller holds it (it is never stored in clear). */
  manageToken?: string;
}

interface Texts {
  subject: Record<BookingMessageKind, (firm: string) => string>;
  intro: Record<BookingMessageKind, string>;
  when: string;
  mode: Record<MeetingMode, string>;
  manage: string;
  manageLater: string;
  disclaimer: string;
  hello: (name: string) => string;
  locale: string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    subject: {
      confirmation: (firm) => `Your consultation with ${firm} is booked`,
      rescheduled: (firm) => `Your consultation with ${firm} has moved`,
      cancelled: (firm) => `Your consultation with ${firm} is cancelled`,
      reminder: (firm) => `Reminder: your consultation with ${firm}`,
    },
    intro: {
      confirmation: 'Your consultation is booked. The calendar invitation is attached.',
      rescheduled:
        'Your consultation has moved to the time below. The updated invitation is attached.',
      cancelled: 'Your consultation is cancelled, as you asked.',
      reminder: 'This is a reminder of your consultation.',
    },
    when: 'When',
    mode: {
      video: 'By video (the link will be sent before the meeting)',
      in_person: 'In person, at our office',
    },
    manage: 'To see, move or cancel your booking, open this private link (do not share it):',
    manageLater: 'To move or cancel it, use the private link in your confirmation e-mail.',
    disclaimer:
      'Until the firm agrees in writing to act for you, what we tell you is general information, not legal advice, and what you send us is not protected by solicitor-client confidentiality.',
    hello: (name) => `Hello ${name},`,
    locale: 'en-CA',
  },
  fr: {
    subject: {
      confirmation: (firm) => `Votre consultation avec ${firm} est réservée`,
      rescheduled: (firm) => `Votre consultation avec ${firm} a été déplacée`,
      cancelled: (firm) => `Votre consultation avec ${firm} est annulée`,
      reminder: (firm) => `Rappel : votre consultation avec ${firm}`,
    },
    intro: {
      confirmation: "Votre consultation est réservée. L'invitation de calendrier est jointe.",
      rescheduled:
        "Votre consultation a été déplacée à l'heure ci-dessous. L'invitation mise à jour est jointe.",
      cancelled: 'Votre consultation est annulée, comme vous l’avez demandé.',
      reminder: 'Ceci est un rappel de votre consultation.',
    },
    when: 'Quand',
    mode: {
      video: 'Par vidéo (le lien vous sera envoyé avant la rencontre)',
      in_person: 'En personne, à notre bureau',
    },
    manage:
      'Pour consulter, déplacer ou annuler votre réservation, ouvrez ce lien privé (ne le partagez pas) :',
    manageLater:
      'Pour la déplacer ou l’annuler, utilisez le lien privé de votre courriel de confirmation.',
    disclaimer:
      "Tant que le cabinet n'a pas accepté par écrit d'agir pour vous, ce que nous vous disons est de l'information générale et non un avis juridique, et ce que vous nous envoyez n'est pas protégé par le secret professionnel de l'avocat.",
    hello: (name) => `Bonjour ${name},`,
    locale: 'fr-CA',
  },
};

/** `Monday, November 8, 2027, 10:00 a.m. EST`, in the visitor's language and the firm's zone. */
export function humanTime(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(TEXTS[language].locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

function mailbox(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || from, email: match[2] } : { name: from, email: from.trim() };
}

/**
 * The visitor's e-mails about a booking, through the outbox (queued in the caller's
 * transaction, retried until sent), in the visitor's language, with the calendar invitation.
 */
@Injectable()
export class BookingMailer {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  manageLink(token: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/booking/manage?token=${token}`;
  }

  async queue(manager: EntityManager, message: BookingMessage): Promise<string> {
    const t = TEXTS[message.language];
    const firm = this.config.FIRM_NAME;
    const when = `${humanTime(message.start, message.language, this.config.FIRM_TIME_ZONE)} (${Math.round((message.end.getTime() - message.start.getTime()) / 60_000)} min)`;
    const link = message.manageToken ? this.manageLink(message.manageToken) : null;
    const body = [
      t.hello(message.visitor.name),
      '',
      t.intro[message.kind],
      '',
      `${message.typeName}`,
      `${t.when}: ${when}`,
      t.mode[message.mode],
      '',
      ...(message.kind === 'cancelled' ? [] : link ? [t.manage, link, ''] : [t.manageLater, '']),
      t.disclaimer,
      '',
      firm,
    ].join('\n');
    const method = message.kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const attachments: MailAttachment[] = [];
    if (message.kind !== 'reminder') {
      const ics = buildIcs({
        method,
        uid: message.bookingId,
        sequence: message.version - 1,
        start: message.start,
        end: message.end,
        summary: `${message.typeName}, ${firm}`,
        description: [t.mode[message.mode], ...(link ? [t.manage, link] : [])].join('\n'),
        ...(message.mode === 'in_person' && this.config.FIRM_ADDRESS
          ? { location: this.config.FIRM_ADDRESS.split('|').join(', ') }
          : {}),
        organizer: { name: firm, email: mailbox(this.config.MAIL_FROM).email },
        attendee: message.visitor,
      });
      attachments.push({
        fileName: 'invitation.ics',
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: ics,
      });
    }
    const id = await this.mail.enqueue(manager, {
      to: message.visitor.email,
      subject: t.subject[message.kind](firm),
      body,
      attachments,
      relatedType: 'booking',
      relatedId: message.bookingId,
    });
    return id;
  }

  /** Sends at once when SMTP is configured; otherwise (or on failure) the outbox keeps it for the retries. */
  async deliver(outboxId: string | null): Promise<void> {
    if (outboxId) await this.mail.deliver(outboxId);
  }
}
