import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@intake/shared/contracts';
import { AppConfig, UserEntity } from '@intake/api/core';
import { ClientEntity } from '@intake/api/intake';
import { DataSource } from 'typeorm';
import { AssessmentReleaseEntity } from './assessment.entities';
import { AssessmentsService } from './assessments.service';
import { renderAssessmentReport } from './report/assessment-report';

@Injectable()
export class AssessmentReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly assessments: AssessmentsService,
  ) {}

  /** The PDF of a stored assessment, from its stored result: the numbers cannot differ from the screen. */
  async render(clientId: string, assessmentId: string, language: Language | undefined): Promise<{ pdf: Buffer; fileName: string }> {
    const manager = this.dataSource.manager;
    const row = await this.assessments.find(manager, clientId, assessmentId);
    const client = await manager.getRepository(ClientEntity).findOneByOrFail({ id: clientId });
    const lang = language ?? client.preferredLanguage;
    const release = await manager
      .getRepository(AssessmentReleaseEntity)
      .findOne({ where: { assessmentId, language: lang }, order: { releasedAt: 'DESC' } });
    const releasedBy = release ? await manager.getRepository(UserEntity).findOneBy({ id: release.releasedBy }) : null;
    const disclaimer = await this.assessments.reportDisclaimer(manager, lang, release);
    const pdf = await renderAssessmentReport({
      language: lang,
      firm: { name: this.config.FIRM_NAME, addressLines: this.config.FIRM_ADDRESS.split('|').map((l) => l.trim()).filter(Boolean) },
      client: { name: `${client.givenNames} ${client.familyName}`, fileNumber: client.fileNumber },
      result: row.result,
      generatedAt: new Date(),
      disclaimer,
      release: release ? { by: releasedBy?.name ?? '', at: release.releasedAt.toISOString().slice(0, 10) } : null,
    });
    return { pdf, fileName: `${client.fileNumber}-cec-${row.asOf}-${lang}.pdf` };
  }
}
