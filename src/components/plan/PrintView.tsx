/**
 * The printable view: the whole plan as a plain page, with a print stylesheet that drops the site's
 * header, footer and every button. It shows every character (unlike a PDF font), so it is also
 * the fallback when the PDF cannot show something.
 */
import { Fragment } from 'react';
import { displayLeaf } from '../../lib/forms/format';
import { shownFields, shownLeaves, type PlanContext } from '../../lib/forms/plan-data';
import type { GroupItem, LeafField, LeafValue, Template } from '../../lib/forms/schema';
import type { DraftEnvelope } from '../../lib/drafts/envelope';
import { routeHash } from './routes';
import { BackLink, formatSavedAt, PageHeading, usePageTitle } from './ui';

function Item({ field, value }: { field: LeafField; value: LeafValue | undefined }) {
  const text = displayLeaf(field, value);
  return (
    <div className="print-answer">
      <dt>{field.label}</dt>
      <dd>{text.trim() ? <span className="answer-text">{text}</span> : <span className="muted">{field.optional ? 'Not given' : 'Not answered'}</span>}</dd>
    </div>
  );
}

export function PrintView({ template, envelope, title, context }: { template: Template; envelope: DraftEnvelope; title: string; context: PlanContext }) {
  usePageTitle(`Printable view: ${title}`);
  return (
    <article className="print-view">
      <BackLink href={routeHash({ name: 'check', id: envelope.id })}>Back to check your answers</BackLink>
      <PageHeading caption={template.name}>{title}</PageHeading>
      <p className="meta">
        Last saved {formatSavedAt(envelope.savedAt)}
        {envelope.review ? `. A review of “${envelope.review.previousTitle}”` : ''}.
      </p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print this plan
        </button>
      </div>
      {template.sections.map((section) => (
        <section key={section.id} className="print-section" aria-labelledby={`print-${section.id}`}>
          <h2 id={`print-${section.id}`}>{section.title}</h2>
          {shownFields(section, context).map((field) => {
            if (field.kind !== 'group') {
              return (
                <dl key={field.id} className="print-list">
                  <Item field={field} value={envelope.data[field.id] as LeafValue | undefined} />
                </dl>
              );
            }
            const items = (Array.isArray(envelope.data[field.id]) ? envelope.data[field.id] : []) as GroupItem[];
            return (
              <Fragment key={field.id}>
                {items.map((item, index) => (
                  <div key={index} className="print-item">
                    <h3>
                      {field.itemLabel} {index + 1}
                    </h3>
                    <dl className="print-list">
                      {shownLeaves(field, context).map((leaf) => (
                        <Item key={leaf.id} field={leaf} value={item[leaf.id]} />
                      ))}
                    </dl>
                  </div>
                ))}
              </Fragment>
            );
          })}
        </section>
      ))}
    </article>
  );
}
