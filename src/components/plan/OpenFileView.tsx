/**
 * "Open a saved file": a .json from "Download your answers" or a plan PDF (detected by its %PDF-
 * header, not its name). PDFs go to src/lib/pdf's importer, loaded only now; the draft attached to
 * the PDF goes through the same strict parser as a JSON file. The person sees a preview (and, for a
 * PDF, the answers changed in a PDF reader) and nothing on the device changes until they confirm.
 * A file that cannot be opened gets a plain message and changes nothing.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import { checkPlanData } from '../../lib/forms/check-data';
import { childNameOf, isAnswered } from '../../lib/forms/plan-data';
import type { LeafValue, Template } from '../../lib/forms/schema';
import { draftTitle, newDraft } from '../../lib/drafts/drafts';
import type { DraftEnvelope } from '../../lib/drafts/envelope';
import { FILE_MESSAGES, isPdfBytes, MAX_JSON_BYTES, MAX_PDF_BYTES, parseDraftBytes, parseDraftFile } from '../../lib/drafts/file';
import { newDraftId } from '../../lib/drafts/ids';
import type { StoredDraft } from '../../lib/drafts/store';
import { ErrorSummary } from './ErrorSummary';
import { ErrorMessage } from './fields';
import { loadPdfBrowser, pdfAvailable, type PdfFieldChange, type PdfUnreadableAnswer } from './pdf';
import { routeHash } from './routes';
import { BackLink, formatSavedAt, PageHeading, usePageTitle, Warning } from './ui';

export type OpenMode = 'new' | 'replace' | 'copy';

interface Props {
  templates: Template[];
  drafts: StoredDraft[];
  onOpen: (envelope: DraftEnvelope, mode: OpenMode) => void;
  announce: (message: string) => void;
}

interface Preview {
  envelope: DraftEnvelope;
  template: Template;
  fileName: string;
  fromPdf: boolean;
  /** For a PDF: was a readable draft attached? */
  attached: boolean;
  attachmentProblem: string | null;
  changes: PdfFieldChange[];
  unreadable: PdfUnreadableAnswer[];
}

const INPUT_ID = 'open-file';

function show(value: LeafValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return [value.name, value.role].filter((s) => s.trim()).join(', ');
}

/** Read a chosen file and turn it into a preview, or a message saying why it cannot be opened. */
async function readChosenFile(file: File, templates: Template[]): Promise<{ ok: true; preview: Preview } | { ok: false; message: string; details: string[] }> {
  if (file.size === 0) return { ok: false, message: FILE_MESSAGES.empty, details: [] };
  if (file.size > MAX_PDF_BYTES) return { ok: false, message: FILE_MESSAGES.tooLarge(MAX_PDF_BYTES / 1024 / 1024), details: [] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdfBytes(bytes)) {
    if (bytes.length > MAX_JSON_BYTES) return { ok: false, message: FILE_MESSAGES.tooLarge(MAX_JSON_BYTES / 1024 / 1024), details: [] };
    const result = parseDraftBytes(bytes, templates);
    if (!result.ok) return result;
    const template = templates.find((t) => t.id === result.envelope.templateId)!;
    return { ok: true, preview: { envelope: result.envelope, template, fileName: file.name, fromPdf: false, attached: true, attachmentProblem: null, changes: [], unreadable: [] } };
  }
  const pdf = pdfAvailable ? await loadPdfBrowser() : null;
  if (!pdf) {
    return { ok: false, message: 'This website cannot open PDF files yet. Open the .json file you saved with “Download your answers” instead. Nothing has been changed.', details: [] };
  }
  let attached: DraftEnvelope | null = null;
  let attachmentProblem: string | null = null;
  const result = await pdf.importPlanPdf(bytes, {
    templates,
    parseAttachment: (json, template) => {
      const parsed = parseDraftFile(json, templates);
      if (parsed.ok && parsed.envelope.templateId === template.id) {
        attached = parsed.envelope;
        return parsed.envelope.data;
      }
      attachmentProblem = parsed.ok ? 'The saved answers inside this PDF are for a different form.' : parsed.message;
      return null;
    },
  });
  if (!result.ok) return { ok: false, message: `${result.message} Nothing has been changed.`.replace(/Nothing has been changed\.\s+Nothing has been changed\./, 'Nothing has been changed.'), details: [] };
  const checked = checkPlanData(result.template, result.data);
  if (!checked.ok) return { ok: false, message: FILE_MESSAGES.damaged, details: checked.problems };
  const now = new Date().toISOString();
  const base: DraftEnvelope = attached ?? newDraft(result.template, newDraftId(), now);
  return {
    ok: true,
    preview: {
      envelope: { ...base, data: checked.data },
      template: result.template,
      fileName: file.name,
      fromPdf: true,
      attached: attached !== null,
      attachmentProblem: attachmentProblem ?? result.attachmentProblem ?? null,
      changes: attached ? result.changes : [],
      unreadable: result.unreadable,
    },
  };
}

export function OpenFileView({ templates, drafts, onOpen, announce }: Props) {
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  usePageTitle(preview ? 'Check this is the right plan' : 'Open a saved file', error !== null);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setAttempt((a) => a + 1);
    if (!file) {
      setError({ message: 'Select a saved plan file (.json or .pdf)', details: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await readChosenFile(file, templates);
      if (!result.ok) {
        setError({ message: result.message, details: result.details });
        return;
      }
      setError(null);
      setPreview(result.preview);
      announce('The file has been read. Check it is the right plan before you open it.');
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch {
      setError({ message: 'This file could not be read. Try choosing it again. Nothing has been changed.', details: [] });
    } finally {
      setBusy(false);
    }
  };

  const chooseAgain = () => {
    setPreview(null);
    setError(null);
    requestAnimationFrame(() => document.getElementById(INPUT_ID)?.focus());
  };

  if (preview) {
    const { envelope, template } = preview;
    const existing = drafts.find((d) => d.id === envelope.id);
    const outcomes = template.sections.flatMap((s) => s.fields).filter((f) => f.kind === 'group');
    const context = { isReview: !!envelope.review };
    const answered = template.sections.filter((s) => s.fields.some((f) => isAnswered(f, envelope.data[f.id], context))).length;
    return (
      <>
        <BackLink href={routeHash({ name: 'home' })}>Your plans</BackLink>
        <PageHeading caption={preview.fileName}>Open a saved file</PageHeading>
        <h2 ref={previewHeading} tabIndex={-1} id="preview-heading">
          Check this is the right plan
        </h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt className="summary-list__key">Plan</dt>
            <dd className="summary-list__value">{draftTitle(envelope, template)}</dd>
          </div>
          <div className="summary-list__row">
            <dt className="summary-list__key">Child’s name</dt>
            <dd className="summary-list__value">{childNameOf(template, envelope.data) || <span className="muted">Not given</span>}</dd>
          </div>
          {!preview.fromPdf || preview.attached ? (
            <div className="summary-list__row">
              <dt className="summary-list__key">Last saved</dt>
              <dd className="summary-list__value">{formatSavedAt(envelope.savedAt)}</dd>
            </div>
          ) : null}
          {outcomes.map((g) => (
            <div className="summary-list__row" key={g.id}>
              <dt className="summary-list__key">{g.label}</dt>
              <dd className="summary-list__value">{Array.isArray(envelope.data[g.id]) ? (envelope.data[g.id] as unknown[]).length : 0}</dd>
            </div>
          ))}
          <div className="summary-list__row">
            <dt className="summary-list__key">Sections with answers</dt>
            <dd className="summary-list__value">
              {answered} of {template.sections.length}
            </dd>
          </div>
        </dl>

        {preview.fromPdf && (
          <>
            <h3>Answers changed in the PDF</h3>
            {!preview.attached ? (
              <p>
                {preview.attachmentProblem ? `${preview.attachmentProblem} ` : ''}The answers were read from the boxes in the PDF, so this opens as a new
                plan.
              </p>
            ) : preview.changes.length === 0 ? (
              <p>No answers were changed after the PDF was made.</p>
            ) : (
              <ul className="change-list">
                {preview.changes.map((c) => (
                  <li key={c.path.join('.')}>
                    <strong>{c.label}</strong>: {show(c.before) ? <>was “{show(c.before)}”, </> : null}now {show(c.after) ? `“${show(c.after)}”` : 'empty'}
                  </li>
                ))}
              </ul>
            )}
            {preview.unreadable.length > 0 && (
              <Warning>
                Some answers in the PDF could not be read, so the saved answers were kept:{' '}
                {preview.unreadable.map((u) => `${u.label} (“${u.text}”): ${u.message}`).join('; ')}
              </Warning>
            )}
          </>
        )}

        {existing ? (
          <>
            <Warning>
              This plan is already on this device (“{draftTitle(existing.envelope, templates.find((t) => t.id === existing.envelope.templateId) ?? template)}”, last saved{' '}
              {formatSavedAt(existing.envelope.savedAt)}). Replacing it cannot be undone.
            </Warning>
            <div className="button-group">
              <button type="button" className="button button--warning" id="open-replace" onClick={() => onOpen(envelope, 'replace')}>
                Replace the plan on this device
              </button>
              <button type="button" className="button button--secondary" id="open-copy" onClick={() => onOpen(envelope, 'copy')}>
                Keep both
              </button>
              <button type="button" className="link-button" onClick={chooseAgain}>
                Choose a different file
              </button>
            </div>
          </>
        ) : (
          <div className="button-group">
            <button type="button" className="button" id="open-confirm" onClick={() => onOpen(envelope, 'new')}>
              Open this plan
            </button>
            <button type="button" className="link-button" onClick={chooseAgain}>
              Choose a different file
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <>
      <BackLink href={routeHash({ name: 'home' })}>Your plans</BackLink>
      {error && <ErrorSummary errors={[{ path: { fieldId: 'file' }, sectionId: '', targetId: INPUT_ID, message: error.message }]} attempt={attempt} />}
      <PageHeading>Open a saved file</PageHeading>
      <p>Choose a file you saved with “Download your answers” (it ends in .json){pdfAvailable ? ', or a plan PDF made with this website' : ''}.</p>
      <p>You will see what is in the file before anything on this device changes.</p>
      <form noValidate onSubmit={onSubmit}>
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={INPUT_ID}>
            Choose a file
          </label>
          <div className="hint" id={`${INPUT_ID}-hint`}>
            {pdfAvailable ? 'A .json file, or a plan PDF' : 'A .json file'}
          </div>
          {error && <ErrorMessage id={`${INPUT_ID}-error`} message={error.message} />}
          <input
            ref={input}
            className={`file-upload${error ? ' input--error' : ''}`}
            id={INPUT_ID}
            name={INPUT_ID}
            type="file"
            accept={pdfAvailable ? '.json,.pdf,application/json,application/pdf' : '.json,application/json'}
            aria-describedby={`${INPUT_ID}-hint${error ? ` ${INPUT_ID}-error` : ''}`}
          />
          {error && error.details.length > 0 && (
            <details className="details">
              <summary>
                <span>Technical details</span>
              </summary>
              <ul className="details__text">
                {error.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
        <button type="submit" className="button" disabled={busy} id="open-continue">
          {busy ? 'Reading the file…' : 'Continue'}
        </button>
      </form>
    </>
  );
}
