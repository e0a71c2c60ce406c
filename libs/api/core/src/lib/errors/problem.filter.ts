import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Problem } from '@intake/shared/contracts';
import { DomainError, InvalidInput, TransitionRefused } from './domain-errors';

const TYPE_BASE = 'https://intake.example/problems/';

const HTTP_TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'The request is too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
};

export function toProblem(exception: unknown): Problem {
  if (exception instanceof DomainError) {
    return {
      type: TYPE_BASE + exception.type,
      title: exception.title,
      status: exception.status,
      detail: exception.detail,
      ...(exception instanceof InvalidInput ? { errors: exception.errors } : {}),
      ...(exception instanceof TransitionRefused && exception.refusal ? { refusal: exception.refusal } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body !== null && 'message' in body
        ? String((body as { message: unknown }).message)
        : exception.message;
    return {
      type: TYPE_BASE + (status === 429 ? 'rate-limited' : `http-${status}`),
      title: HTTP_TITLES[status] ?? 'Request failed',
      status,
      detail: status === 429 ? 'Too many requests. Wait a minute and try again.' : message,
    };
  }
  const status = httpStatusOf(exception);
  if (status !== undefined) {
    const parseFailed = (exception as { type?: unknown }).type === 'entity.parse.failed';
    return {
      type: TYPE_BASE + `http-${status}`,
      title: HTTP_TITLES[status] ?? 'Request failed',
      status,
      ...(parseFailed ? { detail: 'The request body is not valid JSON.' } : {}),
    };
  }
  return {
    type: TYPE_BASE + 'internal',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. The error has been logged.',
  };
}

/** Errors raised by Express middleware (body parser) carry a status of their own. */
function httpStatusOf(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const status = (exception as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const problem = toProblem(exception);
    if (problem.status >= 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      // Name and frames only: a driver's message may quote personal data.
      const frames = error.stack?.split('\n').slice(1).join('\n');
      this.logger.error({ err: { name: error.name, frames }, path: request.path });
    }
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').json(problem);
  }
}
