/**
 * Form controls for every field kind of a template, following the GOV.UK Design System:
 * label, hint, error message (with a hidden "Error:" prefix), then the control; "(optional)" on
 * optional questions, never asterisks. Each control is memoised and takes a stable onChange, so
 * typing in one box re-renders only that box, even with six outcomes on the page.
 */
import { memo, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { joinDate, splitDate, type DateParts } from '../../lib/forms/dates';
import { fieldDomId, type FieldPath } from '../../lib/forms/paths';
import type { LeafField, LeafValue, Person } from '../../lib/forms/schema';
import { CharacterCount, countInfoId } from './CharacterCount';
import { OutcomeCoach } from './OutcomeCoach';
import { AREA_NAMES, OutcomeExamples } from './outcome-examples';

export type LeafChange = (path: FieldPath, value: LeafValue) => void;

function ids(...parts: (string | false | undefined | null)[]): string | undefined {
  const list = parts.filter(Boolean) as string[];
  return list.length ? list.join(' ') : undefined;
}

function Optional({ optional }: { optional: boolean }) {
  return optional ? <span className="optional"> (optional)</span> : null;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}

/** "See examples": the field's own, and for outcomes, vague and clearer pairs by area of need. */
function Examples({ examples, outcomes = false }: { examples: string[] | undefined; outcomes?: boolean }) {
  const pairs = useContext(OutcomeExamples);
  const shownPairs = outcomes ? pairs : [];
  if (!examples?.length && !shownPairs.length) return null;
  return (
    <details className="details">
      <summary>
        <span>See examples</span>
      </summary>
      <div className="details__text">
        {examples?.length ? (
          <ul>
            {examples.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        {shownPairs.length > 0 && (
          <>
            <p>Vague outcomes made clearer, for each area of need:</p>
            <dl className="outcome-examples">
              {[...new Set(shownPairs.map((p) => p.area))].map((area) => (
                <div key={area}>
                  <dt>{AREA_NAMES[area]}</dt>
                  {shownPairs
                    .filter((p) => p.area === area)
                    .map((p) => (
                      <dd key={p.better}>
                        Instead of “{p.vague.replace(/\.$/, '')}”, try: “{p.better}”
                      </dd>
                    ))}
                </div>
              ))}
            </dl>
          </>
        )}
      </div>
    </details>
  );
}

/**
 * A question made of several inputs: legend, "(optional)", hint and error message, as GOV.UK's
 * fieldset pattern. `group` adds role="group", which GOV.UK puts on date and compound inputs so
 * older screen readers announce the legend.
 */
function QuestionFieldset({ id, field, hint, error, group = false, children }: { id: string; field: LeafField; hint?: string | undefined; error?: string | undefined; group?: boolean; children: ReactNode }) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role={group ? 'group' : undefined} aria-describedby={ids(hintId, errorId)}>
        <legend className="fieldset__legend">
          {field.label}
          <Optional optional={field.optional} />
        </legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`} message={error} />}
        {children}
      </fieldset>
    </div>
  );
}

interface ControlProps {
  field: LeafField;
  path: FieldPath;
  value: LeafValue | undefined;
  error?: string | undefined;
  onChange: LeafChange;
}

function TextControl({ field, path, value, error, onChange }: ControlProps) {
  if (field.kind !== 'text' && field.kind !== 'longtext') return null;
  const id = fieldDomId(path);
  const text = typeof value === 'string' ? value : '';
  const hintId = field.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const coachId = field.kind === 'longtext' && field.coach ? `${id}-coach` : null;
  const over = text.length > field.maxLength;
  const describedBy = ids(hintId, errorId, countInfoId(id), coachId);
  const className = `${field.kind === 'text' ? 'input' : 'textarea'}${error || over ? ' input--error' : ''}`;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {field.label}
        <Optional optional={field.optional} />
      </label>
      {field.hint && <Hint id={`${id}-hint`}>{field.hint}</Hint>}
      <Examples examples={field.examples} outcomes={coachId !== null} />
      {error && <ErrorMessage id={`${id}-error`} message={error} />}
      {field.kind === 'text' ? (
        <input
          className={className}
          id={id}
          name={id}
          type="text"
          value={text}
          spellCheck
          autoComplete={field.autocomplete ?? 'off'}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(path, e.target.value)}
        />
      ) : (
        <textarea
          className={className}
          id={id}
          name={id}
          rows={field.rows}
          value={text}
          spellCheck
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(path, e.target.value)}
        />
      )}
      <CharacterCount id={id} length={text.length} max={field.maxLength} threshold={field.kind === 'text' ? 0.75 : 0} />
      {coachId && <OutcomeCoach id={coachId} text={text} />}
    </div>
  );
}

const DATE_PARTS: { key: keyof DateParts; label: string; width: string; max: number }[] = [
  { key: 'day', label: 'Day', width: 'input--width-2', max: 2 },
  { key: 'month', label: 'Month', width: 'input--width-2', max: 2 },
  { key: 'year', label: 'Year', width: 'input--width-4', max: 4 },
];

function DateControl({ field, path, value, error, onChange }: ControlProps) {
  const id = fieldDomId(path);
  const stored = typeof value === 'string' ? value : '';
  // The boxes keep exactly what was typed ("3", not "03"); the stored value follows them.
  const [parts, setParts] = useState<DateParts>(() => splitDate(stored));
  useEffect(() => {
    if (joinDate(parts) !== stored) setParts(splitDate(stored));
    // Only when the stored value changes from outside (another tab, an opened file).
  }, [stored]);
  return (
    <QuestionFieldset id={id} field={field} hint={field.hint ?? 'For example, 27 3 2026'} error={error} group>
      <div className="date-input">
        {DATE_PARTS.map((p) => (
          <div className="date-input__item" key={p.key}>
            <label className="label date-input__label" htmlFor={`${id}_${p.key}`}>
              {p.label}
            </label>
            <input
              className={`input ${p.width}${error ? ' input--error' : ''}`}
              id={`${id}_${p.key}`}
              name={`${id}_${p.key}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={parts[p.key]}
              onChange={(e) => {
                const next = { ...parts, [p.key]: e.target.value.replace(/\D/g, '') };
                setParts(next);
                onChange(path, joinDate(next));
              }}
            />
          </div>
        ))}
      </div>
    </QuestionFieldset>
  );
}

function PersonControl({ field, path, value, error, onChange }: ControlProps) {
  const id = fieldDomId(path);
  const person: Person = value && typeof value === 'object' && !Array.isArray(value) ? value : { name: '', role: '' };
  return (
    <QuestionFieldset id={id} field={field} hint={field.hint} error={error} group>
      <div className="person-input">
        <div className="form-group form-group--nested">
          <label className="label" htmlFor={`${id}_name`}>
            Name
          </label>
          <input
            className={`input${error ? ' input--error' : ''}`}
            id={`${id}_name`}
            name={`${id}_name`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={person.name}
            onChange={(e) => onChange(path, { ...person, name: e.target.value })}
          />
        </div>
        <div className="form-group form-group--nested">
          <label className="label" htmlFor={`${id}_role`}>
            Role <span className="optional">(optional)</span>
          </label>
          <div id={`${id}_role-hint`} className="hint">
            For example, class teacher or SENCO
          </div>
          <input
            className="input"
            id={`${id}_role`}
            name={`${id}_role`}
            type="text"
            autoComplete="off"
            aria-describedby={`${id}_role-hint`}
            value={person.role}
            onChange={(e) => onChange(path, { ...person, role: e.target.value })}
          />
        </div>
      </div>
    </QuestionFieldset>
  );
}

function OptionsControl({ field, path, value, error, onChange }: ControlProps) {
  if (field.kind !== 'choice' && field.kind !== 'choices') return null;
  const id = fieldDomId(path);
  const multiple = field.kind === 'choices';
  const selected = multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? [value] : [];
  return (
    <QuestionFieldset id={id} field={field} hint={field.hint} error={error}>
      <div className={multiple ? 'checkboxes' : 'radios'}>
        {field.options.map((option, i) => {
          // The first option carries the field's id, so error links land on it.
          const optionId = i === 0 ? id : `${id}_${i}`;
          const checked = selected.includes(option.value);
          return (
            <div className={multiple ? 'checkboxes__item' : 'radios__item'} key={option.value}>
              <input
                className={multiple ? 'checkboxes__input' : 'radios__input'}
                id={optionId}
                name={id}
                type={multiple ? 'checkbox' : 'radio'}
                value={option.value}
                checked={checked}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={(e) => {
                  if (!multiple) return onChange(path, option.value);
                  const next = e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value);
                  // Keep the template's order, whatever order the boxes were ticked in.
                  onChange(path, field.options.map((o) => o.value).filter((v) => next.includes(v)));
                }}
              />
              <label className={multiple ? 'checkboxes__label' : 'radios__label'} htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div id={`${optionId}-hint`} className="hint option-hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
      {!multiple && !field.optional ? null : !multiple && selected[0] ? (
        <button type="button" className="link-button" onClick={() => onChange(path, '')}>
          Clear this answer<span className="visually-hidden">: {field.label}</span>
        </button>
      ) : null}
    </QuestionFieldset>
  );
}

/** One question of any leaf kind. */
export const FieldControl = memo(function FieldControl(props: ControlProps) {
  switch (props.field.kind) {
    case 'text':
    case 'longtext':
      return <TextControl {...props} />;
    case 'date':
      return <DateControl {...props} />;
    case 'person':
      return <PersonControl {...props} />;
    case 'choice':
    case 'choices':
      return <OptionsControl {...props} />;
  }
});

/** Unique ids for elements that do not belong to a field. */
export function useDomId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}
