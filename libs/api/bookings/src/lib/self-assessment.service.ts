import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SelfAssessmentDto, SelfAssessmentRequest } from '@intake/shared/contracts';
import {
  CecValidationError,
  ENGINE_VERSION,
  evaluateCec,
  NoRulesInForceError,
} from '@intake/shared/cec-rules';
import {
  AppConfig,
  AuditService,
  InvalidInput,
  todayIn,
  UnprocessableRequest,
} from '@intake/api/core';
import { DisclaimersService, statementsOf, tokenHash } from '@intake/api/disclaimers';
import { DataSource } from 'typeorm';
import {
  answerOf,
  headlineOf,
  reasonsOf,
  toSelfAssessmentProfile,
} from './self-assessment-profile';

/** The engine's field names, as the questionnaire names them. */
function questionnaireField(field: string): string {
  return field
    .replace(/^work\[/, 'canadianWork[')
    .replace(/^languageTests\[0\]\.test$/, 'languageTest.type')
    .replace(/^languageTests\[0\]\.testDate$/, 'languageTest.date')
    .replace(/^languageTests\[0\]/, 'languageTest');
}

/**
 * The public self-assessment: a short questionnaire read by the CEC engine, answered in plain
 * terms with the engine's reasons and the disclaimer the visitor accepted. Stored, with a
 * token that links it to a consultation request when the visitor books.
 */
@Injectable()
export class SelfAssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly disclaimers: DisclaimersService,
  ) {}

  async run(request: SelfAssessmentRequest): Promise<SelfAssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const acknowledgment = await this.disclaimers.requireAcknowledgment(
        request.acknowledgmentToken,
        'self_assessment',
        manager,
      );
      const version = await this.disclaimers.byId(manager, acknowledgment.versionId);
      if (!version)
        throw new UnprocessableRequest('The acknowledged disclaimer version is missing.');
      const language = request.locale ?? acknowledgment.locale;
      const profile = toSelfAssessmentProfile(request);
      let result;
      try {
        result = evaluateCec(profile, { today: todayIn(this.config.FIRM_TIME_ZONE) });
      } catch (error) {
        if (error instanceof CecValidationError)
          throw new InvalidInput(
            error.errors.map((e) => ({ field: questionnaireField(e.field), message: e.message })),
          );
        if (error instanceof NoRulesInForceError) throw new UnprocessableRequest(error.message);
        throw error;
      }
      const answer = answerOf(result);
      const token = randomBytes(32).toString('base64url');
      const { acknowledgmentToken: _token, ...answers } = request;
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO self_assessments (acknowledgment_id, disclaimer_version_id, language, answers, profile, result, answer, as_of, rule_set_id, engine_version, token_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, created_at`,
        [
          acknowledgment.id,
          version.id,
          language,
          JSON.stringify(answers),
          JSON.stringify(profile),
          JSON.stringify(result),
          answer,
          result.asOf,
          result.ruleSet.id,
          ENGINE_VERSION,
          tokenHash(token),
        ],
      );
      await this.audit.record(manager, {
        action: 'self_assessment.run',
        entityType: 'self_assessment',
        entityId: row.id,
        changes: {
          selfAssessment: {
            before: null,
            after: {
              answer,
              asOf: result.asOf,
              ruleSet: result.ruleSet.id,
              acknowledgmentId: acknowledgment.id,
              disclaimerVersion: version.number,
            },
          },
        },
      });
      return {
        id: row.id,
        token,
        answer,
        headline: headlineOf(answer, language),
        reasons: reasonsOf(result, request, language),
        language,
        asOf: result.asOf,
        disclaimer: {
          versionId: version.id,
          number: version.number,
          hash: version.contentHash,
          ...statementsOf(version, language),
        },
        createdAt: row.created_at.toISOString(),
      };
    });
  }
}
