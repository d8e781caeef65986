/**
 * "Your plans": the drafts on this device (open, rename, copy, start a review, download, delete),
 * entries that could not be read (kept, offered for download), start a new plan, open a saved
 * file, and delete everything stored on this device.
 */
import { useState } from 'react';
import type { Template } from '../../lib/forms/schema';
import { draftTitle } from '../../lib/drafts/drafts';
import type { StoredDraft, UnreadableEntry } from '../../lib/drafts/store';
import { routeHash } from './routes';
import { Banner, formatSavedAt, PageHeading, usePageTitle, Warning } from './ui';
import { childNameOf } from '../../lib/forms/plan-data';

export interface HomeActions {
  start(templateId: string): void;
  rename(draft: StoredDraft): void;
  duplicate(draft: StoredDraft): void;
  review(draft: StoredDraft): void;
  download(draft: StoredDraft): void;
  remove(draft: StoredDraft): void;
  downloadUnreadable(entry: UnreadableEntry): void;
  removeUnreadable(entry: UnreadableEntry): void;
  deleteEverything(): void;
}

interface Props {
  templates: Template[];
  loaded: boolean;
  persistent: boolean;
  drafts: StoredDraft[];
  unreadable: UnreadableEntry[];
  actions: HomeActions;
}

export function HomeView({ templates, loaded, persistent, drafts, unreadable, actions }: Props) {
  usePageTitle('Plan builder');
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const templateOf = (d: StoredDraft) => templates.find((t) => t.id === d.envelope.templateId)!;
  return (
    <>
      <PageHeading>Plan builder</PageHeading>
      <p className="lede">Write a SEN Support plan with your child and their school: their views, yours, and three or four outcomes with the support that will help.</p>
      <div className="inset-text">
        <p>
          <strong>What you type stays on this device.</strong> It is saved in this browser as you go, and is not sent anywhere. To keep a copy
          or move it to another device, use “Download your answers”.
        </p>
      </div>
      {/* Hidden when JavaScript is off: the page then explains that the builder needs it. */}
      <div className="js-only">
      {!persistent && (
        <Warning>
          This browser is not letting the website save anything, so your answers will be lost when you close this page. Use “Download your
          answers” to keep them.
        </Warning>
      )}

      {unreadable.length > 0 && (
        <Banner kind="important" title={`We could not read ${unreadable.length === 1 ? 'a saved plan' : `${unreadable.length} saved plans`} on this device`} id="unreadable">
          <p>Nothing has been deleted. Download it to keep it safe, or to send to someone who can help recover it.</p>
          <ul className="plan-list">
            {unreadable.map((entry, i) => (
              <li key={entry.key} className="plan-list__item">
                <h3 className="plan-list__title">Saved plan that could not be read {unreadable.length > 1 ? i + 1 : ''}</h3>
                <p>{entry.message}</p>
                <div className="button-group">
                  <button type="button" className="button button--secondary" onClick={() => actions.downloadUnreadable(entry)}>
                    Download it<span className="visually-hidden"> (saved plan that could not be read {i + 1})</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => actions.removeUnreadable(entry)}>
                    Delete it<span className="visually-hidden"> (saved plan that could not be read {i + 1})</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </Banner>
      )}

      <h2 id="your-plans" tabIndex={-1}>
        Plans on this device
      </h2>
      {!loaded ? (
        <p>Looking for plans saved in this browser…</p>
      ) : drafts.length === 0 ? (
        <p>There are no plans on this device yet.</p>
      ) : (
        <ul className="plan-list">
          {drafts.map((draft) => {
            const template = templateOf(draft);
            const title = draftTitle(draft.envelope, template);
            const child = childNameOf(template, draft.envelope.data);
            return (
              <li key={draft.id} className="plan-list__item">
                <h3 className="plan-list__title">
                  <a href={routeHash({ name: 'tasks', id: draft.id })} id={`open-${draft.id}`}>
                    {title}
                  </a>
                </h3>
                <p className="meta">
                  {child && draft.envelope.title ? `For ${child}. ` : ''}
                  {draft.envelope.review ? `Review of “${draft.envelope.review.previousTitle}”. ` : ''}
                  Last saved {formatSavedAt(draft.envelope.savedAt)}.
                </p>
                <ul className="action-list">
                  {(
                    [
                      ['Rename', actions.rename],
                      ['Make a copy', actions.duplicate],
                      ['Start a review', actions.review],
                      ['Download', actions.download],
                      ['Delete', actions.remove],
                    ] as const
                  ).map(([label, action]) => (
                    <li key={label}>
                      <button type="button" className="link-button" id={`${label.toLowerCase().replace(/ /g, '-')}-${draft.id}`} onClick={() => action(draft)}>
                        {label}
                        <span className="visually-hidden"> {title}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}

      <h2>Start a new plan</h2>
      {templates.length > 1 && (
        <div className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Which form do you want to use?</legend>
            <div className="radios">
              {templates.map((t, i) => (
                <div className="radios__item" key={t.id}>
                  <input
                    className="radios__input"
                    type="radio"
                    name="template"
                    id={i === 0 ? 'template' : `template_${i}`}
                    value={t.id}
                    checked={templateId === t.id}
                    aria-describedby={`template-${t.id}-hint`}
                    onChange={() => setTemplateId(t.id)}
                  />
                  <label className="radios__label" htmlFor={i === 0 ? 'template' : `template_${i}`}>
                    {t.name}
                  </label>
                  <div className="hint option-hint" id={`template-${t.id}-hint`}>
                    {t.description}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      {templates.length === 1 && <p>{templates[0]!.description}</p>}
      <button type="button" className="button" id="start-plan" disabled={!loaded} onClick={() => actions.start(templateId)}>
        Start a new plan
      </button>

      <h2>Open a saved file</h2>
      <p>Open a file you saved with “Download your answers”, or a plan PDF made here. You will see what is in it before anything changes.</p>
      <p>
        {loaded ? (
          <a href={routeHash({ name: 'open' })} id="open-file-link">
            Open a saved file
          </a>
        ) : (
          <span className="muted">Open a saved file</span>
        )}
      </p>

      {drafts.length + unreadable.length > 0 && (
        <>
          <h2>Delete everything stored on this device</h2>
          <p>This deletes every plan this website has saved in this browser. Download any you want to keep first.</p>
          <button type="button" className="button button--warning" id="delete-everything" onClick={actions.deleteEverything}>
            Delete everything stored on this device
          </button>
        </>
      )}
      </div>
    </>
  );
}
