import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  type AssessmentDto,
  type AssessmentSummaryDto,
  ReleaseAssessmentRequest,
  ReportQuery,
  RunAssessmentRequest,
  type SessionUser,
} from '@intake/shared/contracts';
import type { CecResult } from '@intake/shared/cec-rules';
import { AnyStaff, CurrentUser, Roles } from '@intake/api/core';
import { AssessmentReportService } from './assessment-report.service';
import { AssessmentsService } from './assessments.service';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly reports: AssessmentReportService,
  ) {}

  /** Stateless: evaluates the profile in the body, stores nothing. The engine validates the body itself. */
  @AnyStaff()
  @Post('assessments/cec/evaluate')
  @HttpCode(200)
  @ApiBody({
    description: 'A CEC profile, as in the pre-assessment contract',
    schema: { type: 'object', required: ['dateOfBirth', 'intendedProvince', 'statusHistory', 'languageTests', 'education', 'work'] },
  })
  evaluate(@Body() profile: unknown): CecResult {
    return this.assessments.evaluate(profile);
  }

  @AnyStaff()
  @Post('clients/:clientId/assessments')
  run(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Body() body: RunAssessmentRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<AssessmentDto> {
    return this.assessments.run(clientId, body.asOf, user.id);
  }

  @AnyStaff()
  @Get('clients/:clientId/assessments')
  list(@Param('clientId', ParseUUIDPipe) clientId: string): Promise<AssessmentSummaryDto[]> {
    return this.assessments.list(clientId);
  }

  @AnyStaff()
  @Get('clients/:clientId/assessments/:assessmentId')
  get(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('assessmentId', ParseUUIDPipe) assessmentId: string,
  ): Promise<AssessmentDto> {
    return this.assessments.get(clientId, assessmentId);
  }

  @AnyStaff()
  @Get('clients/:clientId/assessments/:assessmentId/report.pdf')
  @ApiProduces('application/pdf')
  async report(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('assessmentId', ParseUUIDPipe) assessmentId: string,
    @Query() query: ReportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { pdf, fileName } = await this.reports.render(clientId, assessmentId, query.lang);
    response
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
      .setHeader('Cache-Control', 'no-store')
      .send(pdf);
  }

  /** Only a lawyer (or an admin) releases a report to the client. */
  @Roles('admin', 'lawyer')
  @Post('clients/:clientId/assessments/:assessmentId/release')
  release(
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('assessmentId', ParseUUIDPipe) assessmentId: string,
    @Body() body: ReleaseAssessmentRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<AssessmentDto> {
    return this.assessments.release(clientId, assessmentId, body.language, user.id);
  }
}
