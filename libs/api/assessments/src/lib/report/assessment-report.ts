import PDFDocument from 'pdfkit';
import type { Language } from '@intake/shared/contracts';
import { ABILITIES, CRS_BREAKDOWN_KEYS, type CecResult } from '@intake/shared/cec-rules';
import { reportTexts } from './report-texts';

export interface ReportData {
  language: Language;
  firm: { name: string; addressLines: string[] };
  client: { name: string; fileNumber: string };
  result: CecResult;
  generatedAt: Date;
  disclaimer: { version: string; text: string };
  release: { by: string; at: string } | null;
}

/** Characters beyond Latin-1 that the standard fonts' WinAnsi encoding still has. */
const WIN_ANSI_EXTRAS = new Set('\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u0152\u0153');

/** The standard PDF fonts speak WinAnsi: spell out the few symbols outside it. */
export function toWinAnsi(text: string): string {
  const spelled = text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/≠/g, '!=')
    .replace(/→/g, '->')
    .replace(/\u202f|\u00a0/g, ' ');
  return Array.from(spelled, (ch) => ((ch.codePointAt(0) ?? 0) <= 0xff || WIN_ANSI_EXTRAS.has(ch) ? ch : '?')).join('');
}

/** The pre-assessment report, in the client's language: the same numbers as the screen and the API. */
export function renderAssessmentReport(data: ReportData): Promise<Buffer> {
  const t = reportTexts(data.language);
  const r = data.result;
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: t.title, Author: data.firm.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => doc.text(toWinAnsi(value), options);
  const heading = (value: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12);
    text(value);
    doc.font('Helvetica').fontSize(10).moveDown(0.2);
  };

  doc.font('Helvetica-Bold').fontSize(16);
  text(data.firm.name);
  doc.font('Helvetica').fontSize(9);
  data.firm.addressLines.forEach((line) => text(line));
  doc.moveDown(1).font('Helvetica-Bold').fontSize(14);
  text(t.title);
  doc.font('Helvetica').fontSize(10).moveDown(0.4);
  text(`${t.client}: ${data.client.name}   ${t.fileNumber}: ${data.client.fileNumber}`);
  text(`${t.asOf}: ${r.asOf}`);
  text(`${t.ruleSet}: ${r.ruleSet.id} (${t.inForce} ${r.ruleSet.effectiveFrom})   ${t.engine}: ${r.engineVersion}`);
  text(`${t.generated}: ${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13);
  text(`${t.outcome}: ${t.outcomes[r.outcome]}`);
  doc.font('Helvetica').fontSize(10);

  heading(t.criteria);
  for (const criterion of r.criteria) {
    doc.font('Helvetica-Bold');
    text(`${t.statuses[criterion.status]}: ${criterion.id}`);
    doc.font('Helvetica');
    text(data.language === 'fr' ? criterion.detailFr : criterion.detail, { indent: 12 });
    doc.fillColor('#555555');
    text(`${t.source}: ${criterion.source}`, { indent: 12 });
    doc.fillColor('#000000').moveDown(0.3);
  }

  heading(t.hours);
  text(t.hoursLine(r.canadianSkilledHours, r.work.requiredHours, r.work.windowFrom, r.work.windowTo));
  text(t.hoursGroups(r.work.hoursTeer0or1, r.work.hoursTeer2or3));
  if (r.earliestEligibleDate) text(t.earliest(r.earliestEligibleDate));

  heading(t.language);
  if (r.language.clb && r.language.test) {
    text(`${r.language.test} (${r.language.testDate ?? ''})`);
    for (const ability of ABILITIES) text(`${t.abilities[ability]}: ${r.language.clb[ability]}`, { indent: 12 });
  } else {
    text(t.noValidTest);
  }
  text(t.required(r.language.requiredClb));

  heading(t.crs);
  if (r.crs) {
    doc.font('Helvetica-Bold');
    text(t.crsTotals(r.crs.total, r.crs.core, r.crs.spouse, r.crs.transferability, r.crs.additional));
    doc.font('Helvetica');
    for (const key of CRS_BREAKDOWN_KEYS) {
      const points = r.crs.breakdown[key];
      if (points !== 0) text(`${t.factors[key]}: ${points}`, { indent: 12 });
    }
  } else {
    text(t.crsNone);
  }

  if (r.warnings.length > 0) {
    heading(t.warnings);
    for (const warning of r.warnings) text(`${warning.date}: ${data.language === 'fr' ? warning.detailFr : warning.detail}`);
  }

  heading(t.disclaimer(data.disclaimer.version));
  text(data.disclaimer.text);
  if (data.release) {
    doc.moveDown(0.5);
    text(t.released(data.release.by, data.release.at));
  }
  doc.end();
  return done;
}
