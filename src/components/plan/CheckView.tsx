/**
 * Check your answers (GOV.UK pattern): every answer under its section, each with a "Change" link
 * that opens the section with focus on that question. The fillable PDF is made from here: the
 * whole plan is validated first, then the characters the PDF font cannot show are checked, and
 * only then is the PDF code loaded (import() on click; it is never in the page's first download).
 */
import { Fragment, useState } from 'react';
import { displayLeaf } from '../../lib/forms/format';
import { inputDomId } from '../../lib/forms/paths';
import { shownFields, shownLeaves, templateInContext, type PlanContext } from '../../lib/forms/plan-data';
import type { Field, GroupField, GroupItem, LeafField, LeafValue, PlanData, Template } from '../../lib/forms/schema';
import { validatePlan, type FormError } from '../../lib/forms/validate';
import { draftFileName, serializeDraft } from '../../lib/drafts/file';
import type { DraftEnvelope } from '../../lib/drafts/envelope';
import { childNameOf } from '../../lib/forms/plan-data';
import { downloadFile } from './download';
import { ErrorSummary } from './ErrorSummary';
import { loadCoverage, loadPdfBrowser, pdfAvailable } from './pdf';
import { routeHash, type Route } from './routes';
import { BackLink, PageHeading, usePageTitle, Warning } from './ui';

interface Props {
  template: Template;
  envelope: DraftEnvelope;
  title: string;
  context: PlanContext;
  schoolName: string;
  navigate: (route: Route) => void;
  announce: (message: string) => void;
  onDownload: () => void;
}

type PdfState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'unsupported'; characters: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; fileName: string };

function Answer({ field, value }: { field: LeafField; value: LeafValue | undefined }) {
  const text = displayLeaf(field, value);
  if (!text.trim()) return <span className="muted">{field.optional ? 'Not given' : 'Not answered yet'}</span>;
  return <span className="answer-text">{text}</span>;
}

function Row({ field, value, change, question, where }: { field: LeafField; value: LeafValue | undefined; change: string; question: string; where?: string }) {
  const full = where ? `${question} (${where})` : question;
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">
        {question}
        {where && <span className="visually-hidden"> ({where})</span>}
      </dt>
      <dd className="summary-list__value">
        <Answer field={field} value={value} />
      </dd>
      <dd className="summary-list__actions no-print">
        <a href={change}>
          Change<span className="visually-hidden"> {full.charAt(0).toLowerCase() + full.slice(1)}</span>
        </a>
      </dd>
    </div>
  );
}

type Run = { kind: 'leaves'; fields: LeafField[] } | { kind: 'group'; field: GroupField };

/** Consecutive questions share one summary list; a group starts its own. */
export function runs(fields: Field[]): Run[] {
  const out: Run[] = [];
  for (const field of fields) {
    if (field.kind === 'group') out.push({ kind: 'group', field });
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'leaves') last.fields.push(field);
      else out.push({ kind: 'leaves', fields: [field] });
    }
  }
  return out;
}

export function CheckView({ template, envelope, title, context, schoolName, navigate, announce, onDownload }: Props) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  usePageTitle(`Check your answers: ${title}`, errors.length > 0);
  const data: PlanData = envelope.data;
  const id = envelope.id;
  const changeHref = (sectionId: string, field: string) => routeHash({ name: 'section', id, sectionId, fromCheck: true, field });

  const openError = (error: FormError) => {
    navigate({ name: 'section', id, sectionId: error.sectionId, fromCheck: true, field: error.targetId });
    return true;
  };

  const exportPdf = async () => {
    const found = validatePlan(template, data, context);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length) {
      setPdf({ kind: 'idle' });
      return;
    }
    setPdf({ kind: 'busy' });
    try {
      const coverage = await loadCoverage();
      const shown = templateInContext(template, context);
      const bad = coverage ? coverage.findUnsupportedCharacters(coverage.planTexts(shown, data, schoolName)) : [];
      if (bad.length) {
        setPdf({ kind: 'unsupported', characters: bad });
        announce('The PDF cannot show some characters in your answers. See the message under the button.');
        return;
      }
      const browser = await loadPdfBrowser();
      if (!browser) {
        setPdf({ kind: 'failed', message: 'The fillable PDF is not available on this website yet.' });
        return;
      }
      const bytes = await browser.exportPlanPdfInBrowser({ template: shown, data, schoolName, attachmentJson: serializeDraft(envelope) });
      const fileName = draftFileName(template.id, childNameOf(template, data), new Date().toISOString(), 'pdf');
      downloadFile(bytes, fileName, 'application/pdf');
      setPdf({ kind: 'done', fileName });
      announce(`Your PDF has been made: ${fileName}. Check your downloads.`);
    } catch (error) {
      const characters = (error as { characters?: unknown }).characters;
      if (Array.isArray(characters)) setPdf({ kind: 'unsupported', characters: characters as string[] });
      else setPdf({ kind: 'failed', message: 'Something went wrong while making the PDF.' });
    }
  };

  return (
    <>
      <BackLink href={routeHash({ name: 'tasks', id })}>Back to the task list</BackLink>
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={attempt} onOpen={openError} />}
      <PageHeading caption={title}>Check your answers</PageHeading>
      {template.sections.map((section) => (
        <section key={section.id} className="summary-card" aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`} className="summary-card__title">
            {section.title}
          </h2>
          {runs(shownFields(section, context)).map((run) => {
            if (run.kind === 'leaves') {
              return (
                <dl className="summary-list" key={run.fields[0]!.id}>
                  {run.fields.map((field) => (
                    <Row key={field.id} field={field} value={data[field.id] as LeafValue | undefined} question={field.label} change={changeHref(section.id, inputDomId(field.kind, { fieldId: field.id }))} />
                  ))}
                </dl>
              );
            }
            const field = run.field;
            const items = (Array.isArray(data[field.id]) ? data[field.id] : []) as GroupItem[];
            const leaves = shownLeaves(field, context);
            return (
              <Fragment key={field.id}>
                {items.length === 0 && (
                  <p>
                    No {field.itemLabel.toLowerCase()}s yet. <a href={changeHref(section.id, `add_${field.id}`)}>Add {field.itemLabel.toLowerCase()}s</a>
                  </p>
                )}
                {items.map((item, index) => (
                  <Fragment key={index}>
                    <h3 className="summary-card__subtitle">
                      {field.itemLabel} {index + 1}
                    </h3>
                    <dl className="summary-list">
                      {leaves.map((leaf) => (
                        <Row
                          key={leaf.id}
                          field={leaf}
                          value={item[leaf.id]}
                          question={leaf.label}
                          where={`${field.itemLabel.toLowerCase()} ${index + 1}`}
                          change={changeHref(section.id, inputDomId(leaf.kind, { fieldId: field.id, index, leafId: leaf.id }))}
                        />
                      ))}
                    </dl>
                  </Fragment>
                ))}
              </Fragment>
            );
          })}
        </section>
      ))}

      <h2>Download or print your plan</h2>
      <p>
        The fillable PDF can be opened, filled in and printed in most PDF readers, and opened here again later. The printable view shows the plan as a
        web page you can print or save as a PDF from your browser.
      </p>
      <div className="button-group">
        {pdfAvailable && (
          <button type="button" className="button" id="export-pdf" onClick={exportPdf} disabled={pdf.kind === 'busy'} aria-describedby="pdf-status">
            {pdf.kind === 'busy' ? 'Making your PDF…' : 'Download as a fillable PDF'}
          </button>
        )}
        <a className="button button--secondary" href={routeHash({ name: 'print', id })}>
          Printable view
        </a>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          Download your answers
        </button>
      </div>
      <div id="pdf-status">
        {pdf.kind === 'unsupported' && (
          <Warning>
            The PDF cannot show {pdf.characters.length === 1 ? 'this character' : 'these characters'} in your answers:{' '}
            <span className="characters">
              {pdf.characters.join(' ')}
            </span>
            . Use the <a href={routeHash({ name: 'print', id })}>printable view</a> instead: it shows every character, and you can print it or save it as a
            PDF from your browser.
          </Warning>
        )}
        {pdf.kind === 'failed' && (
          <Warning>
            {pdf.message} Use the <a href={routeHash({ name: 'print', id })}>printable view</a> instead, and download your answers to keep them.
          </Warning>
        )}
        {pdf.kind === 'done' && <p className="success-text">Your PDF has been made: {pdf.fileName}. Check your downloads.</p>}
      </div>
    </>
  );
}
