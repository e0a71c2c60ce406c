import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type SelfAssessmentDto, SelfAssessmentRequest } from '@intake/shared/contracts';
import { PublicEndpoint } from '@intake/api/disclaimers';
import { SelfAssessmentService } from './self-assessment.service';

@ApiTags('public')
@Controller('public')
export class PublicSelfAssessmentController {
  constructor(private readonly selfAssessment: SelfAssessmentService) {}

  /**
   * 201: likely eligible, needs a lawyer's review, or likely not eligible, with the plain
   * reasons and the disclaimer accepted; general information, never advice. 428 without an
   * acknowledgment for `self_assessment`.
   */
  @PublicEndpoint()
  @Post('self-assessment')
  run(@Body() body: SelfAssessmentRequest): Promise<SelfAssessmentDto> {
    return this.selfAssessment.run(body);
  }
}
