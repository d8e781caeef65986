/**
 * One section of the plan as a form page. Answers save as they are typed; validation runs only on
 * "Save and continue" (never on blur), then the error summary takes focus and the title gains
 * "Error: ". "Back to the task list" leaves without checking, keeping everything typed.
 */
import { memo, useMemo, useState, type SubmitEvent } from 'react';
import { pathKey } from '../../lib/forms/paths';
import { shownFields, shownLeaves, type PlanContext } from '../../lib/forms/plan-data';
import type { GroupItem, LeafValue, PlanData, Section, Template } from '../../lib/forms/schema';
import { validateSection, type FormError } from '../../lib/forms/validate';
import { sectionCitations } from '../../lib/forms/citations';
import { ErrorSummary } from './ErrorSummary';
import { FieldControl, type LeafChange } from './fields';
import { GroupControl } from './GroupControl';
import { routeHash, type Route } from './routes';
import { BackLink, PageHeading, usePageTitle } from './ui';

/** A reference a section rests on (from src/content/references/). */
export interface ReferenceLink {
  label: string;
  title: string;
  href: string;
}

interface Props {
  references: Record<string, ReferenceLink>;
  template: Template;
  section: Section;
  draftId: string;
  title: string;
  data: PlanData;
  context: PlanContext;
  fromCheck: boolean;
  onChange: LeafChange;
  onAdd: (groupId: string) => void;
  onRemove: (groupId: string, index: number) => void;
  navigate: (route: Route) => void;
}

const NO_ERRORS = new Map<string, string>();

export function SectionView({ references, template, section, draftId, title, data, context, fromCheck, onChange, onAdd, onRemove, navigate }: Props) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(`${section.title}: ${title}`, errors.length > 0);
  const errorMap = useMemo(() => (errors.length ? new Map(errors.map((e) => [pathKey(e.path), e.message])) : NO_ERRORS), [errors]);
  const fields = useMemo(
    () => shownFields(section, context).map((field) => (field.kind === 'group' ? { field, leaves: shownLeaves(field, context) } : { field, leaves: [] })),
    [section, context],
  );
  const index = template.sections.indexOf(section);
  const next = template.sections[index + 1];
  const groupOnly = fields.length === 1 && fields[0]!.field.kind === 'group';

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = validateSection(template, section, data, context);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length) return;
    if (fromCheck || !next) navigate({ name: 'check', id: draftId });
    else navigate({ name: 'section', id: draftId, sectionId: next.id });
  };

  return (
    <>
      <BackLink href={routeHash({ name: fromCheck ? 'check' : 'tasks', id: draftId })}>
        {fromCheck ? 'Back to check your answers' : 'Back to the task list'}
      </BackLink>
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={attempt} />}
      <PageHeading caption={`${title}, section ${index + 1} of ${template.sections.length}`}>{section.title}</PageHeading>
      {section.intro && <p className="section-intro">{section.intro}</p>}
      <Citations ids={sectionCitations(section)} references={references} />
      <form noValidate onSubmit={onSubmit} className="plan-form">
        {fields.map(({ field, leaves }) =>
          field.kind === 'group' ? (
            <div key={field.id}>
              {!groupOnly && <h2>{field.label}</h2>}
              <GroupControl
                group={field}
                leaves={leaves}
                items={(Array.isArray(data[field.id]) ? data[field.id] : []) as GroupItem[]}
                errors={errorMap}
                level={groupOnly ? 2 : 3}
                onChange={onChange}
                onAdd={onAdd}
                onRemove={onRemove}
              />
            </div>
          ) : (
            <MemoField key={field.id} field={field} value={data[field.id] as LeafValue | undefined} error={errorMap.get(field.id)} onChange={onChange} />
          ),
        )}
        <div className="button-group form-actions">
          <button type="submit" className="button">
            Save and continue
          </button>
          <a href={routeHash({ name: 'tasks', id: draftId })}>Back to the task list</a>
        </div>
      </form>
    </>
  );
}

/** "What the rules say: Code of Practice 6.48, …", each a link to the reference's page. */
function Citations({ ids, references }: { ids: string[]; references: Record<string, ReferenceLink> }) {
  const links = ids.map((id) => references[id]).filter((r): r is ReferenceLink => !!r);
  if (!links.length) return null;
  return (
    <p className="section-cites">
      What the rules say:{' '}
      {links.map((r, i) => (
        <span key={r.href}>
          {i > 0 && ', '}
          <a href={r.href}>
            {r.label}
            <span className="visually-hidden">: {r.title}</span>
          </a>
        </span>
      ))}
    </p>
  );
}

const MemoField = memo(function MemoField({
  field,
  value,
  error,
  onChange,
}: {
  field: Exclude<Section['fields'][number], { kind: 'group' }>;
  value: LeafValue | undefined;
  error: string | undefined;
  onChange: LeafChange;
}) {
  const path = useMemo(() => ({ fieldId: field.id }), [field.id]);
  return <FieldControl field={field} path={path} value={value} error={error} onChange={onChange} />;
});
