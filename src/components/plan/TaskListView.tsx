/** The task list (GOV.UK pattern): each section with its status, then check your answers. */
import { STATUS_TEXT, sectionStatus } from '../../lib/forms/status';
import type { PlanContext } from '../../lib/forms/plan-data';
import type { Template } from '../../lib/forms/schema';
import type { DraftEnvelope } from '../../lib/drafts/envelope';
import { routeHash } from './routes';
import { BackLink, PageHeading, usePageTitle } from './ui';

interface Props {
  template: Template;
  envelope: DraftEnvelope;
  title: string;
  context: PlanContext;
  onDownload: () => void;
}

export function TaskListView({ template, envelope, title, context, onDownload }: Props) {
  usePageTitle(title);
  const statuses = template.sections.map((s) => sectionStatus(template, s, envelope.data, context));
  const done = statuses.filter((s) => s === 'completed').length;
  return (
    <>
      <BackLink href={routeHash({ name: 'home' })}>Your plans</BackLink>
      <PageHeading caption={template.name}>{title}</PageHeading>
      {envelope.review && (
        <div className="inset-text">
          <p>
            This is a review of “{envelope.review.previousTitle}”. The earlier plan is kept as it was. For each outcome, say what happened since
            the last plan, then change the outcomes for the next few months.
          </p>
        </div>
      )}
      <p>
        You have completed {done} of {template.sections.length} sections.
      </p>
      <ul className="task-list">
        {template.sections.map((section, i) => {
          const status = statuses[i]!;
          const statusId = `status-${section.id}`;
          return (
            <li className="task-list__item" key={section.id}>
              <div className="task-list__name">
                <a href={routeHash({ name: 'section', id: envelope.id, sectionId: section.id })} aria-describedby={statusId}>
                  {section.title}
                </a>
              </div>
              <div className="task-list__status" id={statusId}>
                {status === 'completed' ? STATUS_TEXT[status] : <strong className={`tag tag--${status}`}>{STATUS_TEXT[status]}</strong>}
              </div>
            </li>
          );
        })}
        <li className="task-list__item">
          <div className="task-list__name">
            <a href={routeHash({ name: 'check', id: envelope.id })}>Check your answers and download the plan</a>
          </div>
        </li>
      </ul>

      <h2>Keep a copy</h2>
      <p>Your answers are saved in this browser as you type. Download them to keep a copy, or to carry on using another device.</p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onDownload}>
          Download your answers
        </button>
        <a className="button button--secondary" href={routeHash({ name: 'print', id: envelope.id })}>
          Printable view
        </a>
      </div>
    </>
  );
}
