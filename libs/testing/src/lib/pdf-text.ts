import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF written with the standard fonts (WinAnsi codes in hex strings):
 * enough for a test to find a number or a sentence in a generated report.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const pieces: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    const raw = Buffer.from(match[1], 'latin1');
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = match[1];
    }
    const shows = /\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let show = shows.exec(content); show; show = shows.exec(content)) {
      const hex = (show[1] ?? `<${show[2]}>`).match(/<([0-9a-fA-F]*)>/g) ?? [];
      pieces.push(hex.map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join(''));
    }
  }
  return pieces.join('\n');
}
