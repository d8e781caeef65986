/**
 * The builder's side of the PDF contract (src/lib/pdf/README.md). Nothing from src/lib/pdf is
 * imported statically: the modules are found with a lazy import.meta.glob, so each becomes its own
 * chunk that loads only when the person asks for a PDF or opens one, and the page still builds if
 * a module is renamed or missing (the button then says the PDF is not available).
 */
import type { PlanData, Template } from '../../lib/forms/schema';
import type { LeafValue } from '../../lib/forms/schema';

/** src/lib/pdf/coverage.ts */
export interface CoverageModule {
  findUnsupportedCharacters(texts: readonly string[]): string[];
  planTexts(template: Template, data: PlanData, schoolName?: string): string[];
}

export interface PdfFieldChange {
  path: readonly (string | number)[];
  label: string;
  before: LeafValue | undefined;
  after: LeafValue | undefined;
}
export interface PdfUnreadableAnswer {
  path: readonly (string | number)[];
  label: string;
  text: string;
  message: string;
}
export type PdfImportResult =
  | { ok: true; template: Template; data: PlanData; changes: PdfFieldChange[]; unreadable: PdfUnreadableAnswer[]; attached?: boolean; attachmentProblem?: string }
  | { ok: false; message: string };

/** src/lib/pdf/browser.ts */
export interface BrowserPdfModule {
  exportPlanPdfInBrowser(input: { template: Template; data: PlanData; schoolName: string; attachmentJson: string }): Promise<Uint8Array>;
  importPlanPdf(
    file: Blob | ArrayBuffer | Uint8Array,
    options: { templates: readonly Template[]; parseAttachment: (json: string, template: Template) => PlanData | null },
  ): Promise<PdfImportResult>;
}

const modules = import.meta.glob(['../../lib/pdf/coverage.ts', '../../lib/pdf/browser.ts']);

async function load<T>(name: 'coverage' | 'browser'): Promise<T | null> {
  const loader = modules[`../../lib/pdf/${name}.ts`];
  if (!loader) return null;
  return (await loader()) as T;
}

export const loadCoverage = () => load<CoverageModule>('coverage');
export const loadPdfBrowser = () => load<BrowserPdfModule>('browser');

/** Is the PDF code part of this build? */
export const pdfAvailable = '../../lib/pdf/browser.ts' in modules;
