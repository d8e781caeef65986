/**
 * The browser entry of the PDF module, loaded with import() only when a person asks for a PDF or
 * opens one. It fetches the font (same origin: Vite emits it as an asset) once per page load and
 * hands them to the exporter; import needs no fonts.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { exportPlanPdf, type ExportPlanPdfOptions, type PdfFonts } from './export';

export { importPlanPdf, readPlanPdf, MESSAGES as PDF_IMPORT_MESSAGES, MAX_PDF_BYTES } from './import';
export type { ImportPdfResult, ImportPdfOptions, ReadPdfResult } from './import';
export { UnsupportedCharactersError } from './errors';

let fonts: Promise<PdfFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The font, fetched once; a failed fetch is retried next time. */
export function loadPdfFonts(): Promise<PdfFonts> {
  fonts ??= fetchFont(regularUrl).then(
    (regular) => ({ regular }),
    (error: unknown) => {
      fonts = undefined;
      throw error;
    },
  );
  return fonts;
}

/**
 * Exports the plan as a fillable PDF. Throws UnsupportedCharactersError (check with
 * findUnsupportedCharacters from coverage.ts first) or a network error if the font cannot load.
 */
export async function exportPlanPdfInBrowser(options: Omit<ExportPlanPdfOptions, 'fonts'>): Promise<Uint8Array> {
  return exportPlanPdf({ ...options, fonts: await loadPdfFonts() });
}
