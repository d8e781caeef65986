/**
 * The plan builder island. It renders any template (src/lib/forms/schema.ts) and keeps every answer
 * in this browser only (src/lib/drafts/). This file owns the state: which view is shown (from the
 * URL hash), the open draft, autosave, other tabs, and the dialogs; the views only render.
 *
 * Storage rules (design.md, "Drafts in the browser"):
 * - nothing is written until the person starts a draft or opens a file;
 * - autosave runs 400 ms after the last change and on pagehide, and only for a draft that loaded;
 * - every write is compare-and-set, and other tabs are heard through BroadcastChannel and the
 *   storage event, so two tabs never overwrite each other silently: the person chooses;
 * - a full quota or blocked storage is said plainly, with "Download your answers" beside it.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { inputDomId, itemDomId, addButtonDomId, type FieldPath } from '../../lib/forms/paths';
import { addItem, childNameOf, isItemAnswered, removeItem, setAnswer, shownLeaves, type PlanContext } from '../../lib/forms/plan-data';
import type { GroupField, GroupItem, LeafValue, Template } from '../../lib/forms/schema';
import { AUTOSAVE_DELAY_MS, debounce } from '../../lib/drafts/autosave';
import { draftTitle, duplicateDraft, newDraft, startReview } from '../../lib/drafts/drafts';
import type { DraftEnvelope } from '../../lib/drafts/envelope';
import { draftFileName, serializeDraft } from '../../lib/drafts/file';
import { newDraftId } from '../../lib/drafts/ids';
import {
  browserStorage,
  deleteEverything,
  draftKey,
  listDrafts,
  MemoryStorage,
  parseStored,
  readEntry,
  removeEntry,
  saveDraft,
  STORE_MESSAGES,
  type StorageLike,
  type StoredDraft,
  type UnreadableEntry,
} from '../../lib/drafts/store';
import { createDraftSync, type DraftSync } from '../../lib/drafts/sync';
import { ConfirmDialog, Dialog } from './Dialog';
import { downloadFile } from './download';
import { applyPendingFocus, HEADING_ID, requestFocus } from './focus';
import { HomeView } from './HomeView';
import type { OpenMode } from './OpenFileView';
import type { ReferenceLink } from './SectionView';
import { OutcomeExamples, type OutcomeExample } from './outcome-examples';
import { parseHash, routeHash, type Route } from './routes';
import { Banner, BackLink, formatSavedAt, HeadingSlots, PageHeading, usePageTitle } from './ui';

export interface PlanBuilderProps {
  /** Every template the site has, validated at build (src/lib/forms/load-templates.ts). */
  templates: Template[];
  /** Printed at the top of the PDF. */
  schoolName: string;
  /** The references templates cite, by id: link text, what it is about, address. */
  references?: Record<string, ReferenceLink>;
  /** Vague and clearer outcomes by area of need, shown with "See examples" on outcome fields. */
  outcomeExamples?: OutcomeExample[];
}

interface Session {
  envelope: DraftEnvelope;
  template: Template;
  /** The exact text in storage when this tab last read or wrote it (null: not stored). */
  storedText: string | null;
  /** Changes not yet written. */
  dirty: boolean;
}

type SaveState = { kind: 'saved'; at: string } | { kind: 'error'; message: string };
/** Another tab changed (stored: its text) or deleted (stored: null) the open draft. */
type Conflict = { stored: string | null };
/** A success message, shown on the view it was made for (`at`: that view's hash). */
type Notice = { title: string; body?: string; at: string };
type DialogState =
  | { kind: 'delete'; draft: StoredDraft }
  | { kind: 'delete-unreadable'; entry: UnreadableEntry }
  | { kind: 'delete-everything' }
  | { kind: 'rename'; draft: StoredDraft }
  | { kind: 'remove-item'; groupId: string; index: number; label: string };

// Views other than "Your plans" load on demand (and are fetched when the browser is idle),
// keeping the page's first download small.
const loadTasks = () => import('./TaskListView');
const loadSection = () => import('./SectionView');
const loadCheck = () => import('./CheckView');
const loadPrint = () => import('./PrintView');
const loadOpen = () => import('./OpenFileView');
const TaskListView = lazy(() => loadTasks().then((m) => ({ default: m.TaskListView })));
const SectionView = lazy(() => loadSection().then((m) => ({ default: m.SectionView })));
const CheckView = lazy(() => loadCheck().then((m) => ({ default: m.CheckView })));
const PrintView = lazy(() => loadPrint().then((m) => ({ default: m.PrintView })));
const OpenFileView = lazy(() => loadOpen().then((m) => ({ default: m.OpenFileView })));

const EMPTY_LIST = { drafts: [] as StoredDraft[], unreadable: [] as UnreadableEntry[] };
const HEADING = HEADING_ID;

export default function PlanBuilder({ templates, schoolName, references = {}, outcomeExamples = [] }: PlanBuilderProps) {
  const storage = useRef<StorageLike | null>(null);
  const sync = useRef<DraftSync | null>(null);
  const [persistent, setPersistent] = useState(true);
  const persistentRef = useRef(true);
  const [loaded, setLoaded] = useState(false);
  const [list, setList] = useState(EMPTY_LIST);
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const [session, setSession] = useState<Session | null>(null);
  const [missing, setMissing] = useState<{ id: string; message: string } | null>(null);
  const [saveState, setSaveState] = useState<SaveState | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [renameValue, setRenameValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;
  const saveFailed = useRef(false);
  saveFailed.current = saveState?.kind === 'error' || !persistent;
  /** Hash of the view on screen, so the popstate and hashchange fired by one link apply once. */
  const currentHash = useRef('#/');

  const announce = useCallback((message: string) => {
    // Clear first so the same words are read again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const refreshList = useCallback(() => {
    if (storage.current) setList(listDrafts(storage.current, templates));
  }, [templates]);

  // ---- Saving -------------------------------------------------------------------------------

  const saveNow = useCallback(() => {
    const s = sessionRef.current;
    if (!s || !s.dirty || conflictRef.current) return;
    const envelope: DraftEnvelope = { ...s.envelope, savedAt: new Date().toISOString() };
    const result = saveDraft(storage.current, envelope, s.storedText);
    if (result.ok) {
      sessionRef.current = { ...s, envelope, storedText: result.text, dirty: false };
      setSession((cur) =>
        cur && cur.envelope.id === envelope.id
          ? {
              ...cur,
              envelope: { ...cur.envelope, savedAt: envelope.savedAt },
              storedText: result.text,
              dirty: cur.envelope.data !== s.envelope.data || cur.envelope.title !== s.envelope.title,
            }
          : cur,
      );
      setSaveState({ kind: 'saved', at: envelope.savedAt });
      sync.current?.announce(envelope.id);
    } else if (result.reason === 'conflict') {
      setConflict({ stored: result.stored });
    } else {
      setSaveState({ kind: 'error', message: result.message });
    }
  }, []);
  const autosave = useMemo(() => debounce(() => saveNow(), AUTOSAVE_DELAY_MS), [saveNow]);

  const updateEnvelope = useCallback(
    (change: (envelope: DraftEnvelope) => DraftEnvelope) => {
      setSession((s) => (s ? { ...s, envelope: change(s.envelope), dirty: true } : s));
      autosave.schedule();
    },
    [autosave],
  );

  // ---- Opening and closing drafts -----------------------------------------------------------

  const openDraft = useCallback(
    (id: string): boolean => {
      if (sessionRef.current?.envelope.id === id) return true;
      autosave.flush();
      const text = storage.current ? readEntry(storage.current, draftKey(id)) : null;
      if (text === null) {
        setSession(null);
        setMissing({ id, message: 'This plan is not saved on this device. It may have been deleted, or saved in another browser.' });
        return false;
      }
      const parsed = parseStored(text, templates);
      if (!parsed.ok) {
        setSession(null);
        setMissing({ id, message: `This plan could not be read. ${parsed.message} It has been kept: you can download it from “Your plans”.` });
        return false;
      }
      const template = templates.find((t) => t.id === parsed.envelope.templateId)!;
      const next = { envelope: parsed.envelope, template, storedText: text, dirty: false };
      sessionRef.current = next;
      setSession(next);
      setMissing(null);
      setConflict(null);
      setSaveState({ kind: 'saved', at: parsed.envelope.savedAt });
      return true;
    },
    [autosave, templates],
  );

  const closeDraft = useCallback(() => {
    autosave.flush();
    autosave.cancel();
    sessionRef.current = null;
    setSession(null);
    setConflict(null);
    setSaveState(null);
  }, [autosave]);

  const applyRoute = useCallback(
    (next: Route, focus: string | null) => {
      if ('id' in next) openDraft(next.id);
      else closeDraft();
      if (next.name === 'home' || next.name === 'open') refreshList();
      const hash = routeHash(next);
      currentHash.current = hash;
      setNotice((n) => (n && n.at === hash ? n : null));
      requestFocus(focus ?? (next.name === 'section' && next.field ? next.field : HEADING));
      setRoute(next);
    },
    [openDraft, closeDraft, refreshList],
  );

  const navigate = useCallback(
    (next: Route, focus: string | null = null) => {
      const hash = routeHash(next);
      if (location.hash !== hash) history.pushState(null, '', hash);
      applyRoute(next, focus);
    },
    [applyRoute],
  );

  // ---- Start-up: storage, the route in the address, other tabs, pagehide -----------------------

  useEffect(() => {
    const real = browserStorage();
    storage.current = real ?? new MemoryStorage();
    setPersistent(real !== null);
    persistentRef.current = real !== null;
    refreshList();
    setLoaded(true);
    const initial = parseHash(location.hash);
    if (initial && initial.name !== 'home') {
      if ('id' in initial) openDraft(initial.id);
      currentHash.current = routeHash(initial);
      setRoute(initial);
    }
    const onHash = () => {
      const next = parseHash(location.hash);
      if (next && routeHash(next) !== currentHash.current) applyRoute(next, null);
    };
    const flush = () => autosave.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const s = sessionRef.current;
      // Unsaved changes that cannot be written (another tab, full or blocked storage): ask first.
      if (s && (conflictRef.current || saveFailed.current) && (s.dirty || !persistentRef.current)) event.preventDefault();
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    sync.current = createDraftSync((id) => onOtherTab.current(id));
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      sync.current?.close();
    };
    // Runs once: the handlers read current state through refs.
  }, []);

  /** Another tab saved or deleted a draft (id null: possibly all of them). */
  const onOtherTab = useRef<(id: string | null) => void>(() => {});
  onOtherTab.current = (id) => {
    refreshList();
    const s = sessionRef.current;
    if (!s || (id !== null && id !== s.envelope.id) || !storage.current) return;
    const stored = readEntry(storage.current, draftKey(s.envelope.id));
    if (stored === s.storedText) return;
    if (!s.dirty && stored !== null && !conflictRef.current) {
      const parsed = parseStored(stored, templates);
      if (parsed.ok) {
        const next = { ...s, envelope: parsed.envelope, storedText: stored, dirty: false };
        sessionRef.current = next;
        setSession(next);
        setSaveState({ kind: 'saved', at: parsed.envelope.savedAt });
        setNotice({ title: 'This plan was updated in another tab or window', body: 'You are now seeing the latest version.', at: currentHash.current });
        announce('This plan was updated in another tab or window. You are now seeing the latest version.');
        return;
      }
    }
    autosave.cancel();
    setConflict({ stored });
  };

  // Focus after a view change or an add/remove, once the new content is on the page.
  // (Views that load on demand apply it themselves when they mount: see PageHeading.)
  useEffect(() => {
    applyPendingFocus();
  });

  // Fetch the on-demand views once the browser is idle, so they are ready before they are needed.
  useEffect(() => {
    const prefetch = () => void Promise.all([loadTasks(), loadSection(), loadCheck(), loadPrint(), loadOpen()]).catch(() => {});
    const idle = (window as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback;
    const handle = idle ? idle(prefetch) : window.setTimeout(prefetch, 2000);
    return () => {
      if (!idle) clearTimeout(handle);
    };
  }, []);

  // ---- Editing ------------------------------------------------------------------------------

  const setLeaf = useCallback((path: FieldPath, value: LeafValue) => updateEnvelope((e) => ({ ...e, data: setAnswer(e.data, path, value) })), [updateEnvelope]);

  /** The current session, a group of its template, and that group's items, or null. */
  const groupState = (groupId: string) => {
    const s = sessionRef.current;
    const group = s?.template.sections.flatMap((f) => f.fields).find((f): f is GroupField => f.kind === 'group' && f.id === groupId);
    if (!s || !group) return null;
    return { group, items: (s.envelope.data[groupId] ?? []) as GroupItem[], isReview: !!s.envelope.review };
  };

  const onAdd = useCallback(
    (groupId: string) => {
      const state = groupState(groupId);
      if (!state) return;
      const { group, items, isReview } = state;
      const first = shownLeaves(group, { isReview })[0];
      if (first) requestFocus(inputDomId(first.kind, { fieldId: groupId, index: items.length, leafId: first.id }));
      updateEnvelope((e) => ({ ...e, data: addItem(e.data, group) }));
      announce(`${group.itemLabel} ${items.length + 1} added`);
    },
    [updateEnvelope, announce],
  );

  const removeNow = useCallback(
    (groupId: string, index: number) => {
      const state = groupState(groupId);
      if (!state) return;
      // Focus the item that takes its place, else the one before, else "Add".
      const left = state.items.length - 1;
      requestFocus(left === 0 ? addButtonDomId(groupId) : itemDomId(groupId, Math.min(index, left - 1)));
      updateEnvelope((e) => ({ ...e, data: removeItem(e.data, groupId, index) }));
      announce(`${state.group.itemLabel} ${index + 1} removed.${left > 0 ? ` You now have ${left}.` : ''}`);
    },
    [updateEnvelope, announce],
  );

  const onRemove = useCallback(
    (groupId: string, index: number) => {
      const state = groupState(groupId);
      if (!state) return;
      const { group, items, isReview } = state;
      if (isItemAnswered(group, items[index], { isReview })) {
        setDialog({ kind: 'remove-item', groupId, index, label: `${group.itemLabel.toLowerCase()} ${index + 1}` });
      } else removeNow(groupId, index);
    },
    [removeNow],
  );

  // ---- Files and drafts ---------------------------------------------------------------------

  const downloadEnvelope = (envelope: DraftEnvelope, template: Template) => {
    downloadFile(serializeDraft(envelope), draftFileName(template.id, childNameOf(template, envelope.data), envelope.savedAt), 'application/json');
    announce('Your answers have been downloaded. Check your downloads.');
  };
  const downloadCurrent = () => {
    const s = sessionRef.current;
    if (s) downloadEnvelope(s.envelope, s.template);
  };

  const templateOf = (envelope: DraftEnvelope) => templates.find((t) => t.id === envelope.templateId)!;

  /** Write a new draft (or a chosen replacement) and open its task list. */
  const storeAndOpen = (envelope: DraftEnvelope, force: boolean, message: Omit<Notice, 'at'>) => {
    const result = saveDraft(storage.current, envelope, null, force);
    if (!result.ok && result.reason === 'conflict') {
      setNotice({ title: 'That did not work', body: 'A plan with the same id is already on this device. Try again.', at: currentHash.current });
      return;
    }
    sync.current?.announce(envelope.id);
    refreshList();
    const template = templateOf(envelope);
    const next: Session = { envelope, template, storedText: result.ok ? result.text : null, dirty: !result.ok };
    autosave.flush();
    sessionRef.current = next;
    setSession(next);
    setConflict(null);
    setMissing(null);
    setSaveState(result.ok ? { kind: 'saved', at: envelope.savedAt } : { kind: 'error', message: result.message });
    setNotice({ ...message, at: routeHash({ name: 'tasks', id: envelope.id }) });
    navigate({ name: 'tasks', id: envelope.id });
  };

  const homeActions = {
    start(templateId: string) {
      const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
      storeAndOpen(newDraft(template, newDraftId(), new Date().toISOString()), false, {
        title: 'Your new plan has been started',
        body: 'It is saved in this browser as you type. Start with the first section.',
      });
    },
    rename(draft: StoredDraft) {
      setRenameValue(draft.envelope.title);
      setDialog({ kind: 'rename', draft });
    },
    duplicate(draft: StoredDraft) {
      const copy = duplicateDraft(draft.envelope, templateOf(draft.envelope), newDraftId(), new Date().toISOString());
      const result = saveDraft(storage.current, copy, null);
      if (!result.ok) return setNotice({ title: 'The copy could not be made', body: result.message, at: '#/' });
      sync.current?.announce(copy.id);
      refreshList();
      setNotice({ title: `Copy made: “${copy.title}”`, at: '#/' });
      requestFocus(`open-${copy.id}`);
      announce(`Copy made: ${copy.title}`);
    },
    review(draft: StoredDraft) {
      const template = templateOf(draft.envelope);
      const next = startReview(draft.envelope, template, newDraftId(), new Date().toISOString());
      storeAndOpen(next, false, {
        title: 'Review started',
        body: `This is a new copy for the next few months. “${draftTitle(draft.envelope, template)}” is kept as it was. For each outcome, say what happened.`,
      });
    },
    download(draft: StoredDraft) {
      downloadEnvelope(draft.envelope, templateOf(draft.envelope));
    },
    remove(draft: StoredDraft) {
      setDialog({ kind: 'delete', draft });
    },
    downloadUnreadable(entry: UnreadableEntry) {
      downloadFile(entry.text, `saved-plan-that-could-not-be-read-${entry.id.slice(0, 40)}.txt`, 'text/plain');
      announce('The saved plan has been downloaded as it was stored. Check your downloads.');
    },
    removeUnreadable(entry: UnreadableEntry) {
      setDialog({ kind: 'delete-unreadable', entry });
    },
    deleteEverything() {
      setDialog({ kind: 'delete-everything' });
    },
  };

  const openFromFile = (envelope: DraftEnvelope, mode: OpenMode) => {
    const now = new Date().toISOString();
    if (mode === 'copy') {
      storeAndOpen({ ...envelope, id: newDraftId(), createdAt: now, savedAt: now }, false, { title: 'Your plan has been opened from the file', body: 'It was added as a separate plan; the one already on this device is kept.' });
    } else {
      storeAndOpen({ ...envelope, savedAt: now }, mode === 'replace', { title: 'Your plan has been opened from the file' });
    }
  };

  const closeDialog = () => setDialog(null);

  const confirmDialog = () => {
    const d = dialog;
    const store = storage.current;
    setDialog(null);
    if (!d || !store) return;
    switch (d.kind) {
      case 'delete': {
        removeEntry(store, d.draft.key);
        sync.current?.announce(d.draft.id);
        refreshList();
        const title = draftTitle(d.draft.envelope, templateOf(d.draft.envelope));
        setNotice({ title: `“${title}” has been deleted`, at: '#/' });
        requestFocus('your-plans');
        announce(`${title} has been deleted`);
        return;
      }
      case 'delete-unreadable':
        removeEntry(store, d.entry.key);
        refreshList();
        setNotice({ title: 'The saved plan that could not be read has been deleted', at: '#/' });
        requestFocus('your-plans');
        return;
      case 'delete-everything': {
        autosave.cancel();
        sessionRef.current = null;
        setSession(null);
        const removed = deleteEverything(store);
        sync.current?.announce(null);
        refreshList();
        setNotice({
          title: 'Everything this website stored on this device has been deleted',
          body: removed === 0 ? 'There was nothing stored.' : `${removed} saved ${removed === 1 ? 'item was' : 'items were'} deleted.`,
          at: '#/',
        });
        requestFocus('notice-banner-title');
        navigate({ name: 'home' }, 'notice-banner-title');
        return;
      }
      case 'remove-item':
        removeNow(d.groupId, d.index);
        return;
      case 'rename':
        return;
    }
  };

  const saveRename = () => {
    const d = dialog;
    if (d?.kind !== 'rename' || !storage.current) return;
    const title = renameValue.trim().slice(0, 200);
    const result = saveDraft(storage.current, { ...d.draft.envelope, title, savedAt: new Date().toISOString() }, d.draft.text);
    setDialog(null);
    if (!result.ok) {
      setNotice({ title: 'The plan could not be renamed', body: result.reason === 'conflict' ? 'It was changed in another tab. Try again.' : result.message, at: '#/' });
      refreshList();
      return;
    }
    sync.current?.announce(d.draft.id);
    refreshList();
    announce('Plan renamed');
  };

  // ---- Conflicts with another tab -----------------------------------------------------------

  const useOtherVersion = () => {
    const s = sessionRef.current;
    const c = conflictRef.current;
    if (!s || !c) return;
    setConflict(null);
    conflictRef.current = null;
    if (c.stored === null) {
      sessionRef.current = null;
      setSession(null);
      setNotice({ title: 'The plan was closed', body: 'It had been deleted in another tab or window.', at: '#/' });
      navigate({ name: 'home' });
      return;
    }
    const parsed = parseStored(c.stored, templates);
    if (!parsed.ok) {
      setSaveState({ kind: 'error', message: 'The version from the other tab could not be read. Download your answers to keep this version.' });
      return;
    }
    const next = { ...s, envelope: parsed.envelope, storedText: c.stored, dirty: false };
    sessionRef.current = next;
    setSession(next);
    setSaveState({ kind: 'saved', at: parsed.envelope.savedAt });
    announce('You are now seeing the version from the other tab.');
    requestFocus(HEADING);
  };

  const keepThisVersion = () => {
    const s = sessionRef.current;
    if (!s) return;
    const envelope = { ...s.envelope, savedAt: new Date().toISOString() };
    const result = saveDraft(storage.current, envelope, null, true);
    setConflict(null);
    conflictRef.current = null;
    if (!result.ok) {
      setSaveState({ kind: 'error', message: result.message });
      return;
    }
    const next = { ...s, envelope, storedText: result.text, dirty: false };
    sessionRef.current = next;
    setSession(next);
    setSaveState({ kind: 'saved', at: envelope.savedAt });
    sync.current?.announce(envelope.id);
    announce('This version has been saved.');
    requestFocus(HEADING);
  };

  // ---- Rendering ----------------------------------------------------------------------------

  const isReview = !!session?.envelope.review;
  const context: PlanContext = useMemo(() => ({ isReview }), [isReview]);
  const planRoute = 'id' in route;
  const ready = planRoute && session && session.envelope.id === route.id;
  const title = session ? draftTitle(session.envelope, session.template) : '';

  let view: ReactNode = null;
  if (route.name === 'home') {
    view = <HomeView templates={templates} loaded={loaded} persistent={persistent} drafts={list.drafts} unreadable={list.unreadable} actions={homeActions} />;
  } else if (route.name === 'open') {
    view = <OpenFileView templates={templates} drafts={list.drafts} onOpen={openFromFile} announce={announce} />;
  } else if (!ready) {
    view = missing && missing.id === route.id ? <MissingView message={missing.message} /> : <p>Opening the plan…</p>;
  } else if (session) {
    const { envelope, template } = session;
    if (route.name === 'tasks') view = <TaskListView template={template} envelope={envelope} title={title} context={context} onDownload={downloadCurrent} />;
    else if (route.name === 'check')
      view = <CheckView template={template} envelope={envelope} title={title} context={context} schoolName={schoolName} navigate={navigate} announce={announce} onDownload={downloadCurrent} />;
    else if (route.name === 'print') view = <PrintView template={template} envelope={envelope} title={title} context={context} />;
    else if (route.name === 'section') {
      const section = template.sections.find((s) => s.id === route.sectionId);
      view = section ? (
        <SectionView
          key={section.id}
          template={template}
          section={section}
          draftId={envelope.id}
          title={title}
          data={envelope.data}
          context={context}
          fromCheck={!!route.fromCheck}
          references={references}
          onChange={setLeaf}
          onAdd={onAdd}
          onRemove={onRemove}
          navigate={navigate}
        />
      ) : (
        <MissingView message="This part of the plan does not exist. Go back to the task list." />
      );
    }
  }

  const status =
    ready && session ? (
      <div className="save-status no-print">
        <span role="status" id="save-status">
          {conflict
            ? 'Not saved: this plan was changed in another tab'
            : !persistent
              ? 'Not saved: this browser does not let the website store anything'
              : saveState?.kind === 'error'
                ? 'Not saved'
                : 'Saved on this device'}
        </span>
        {saveState?.kind === 'saved' && !conflict && persistent && <span className="save-status__time"> (last saved {formatSavedAt(saveState.at)})</span>}
      </div>
    ) : null;
  const banners = (
    <>
      {ready && conflict && (
        <Banner kind="important" title={conflict.stored === null ? 'This plan was deleted in another tab or window' : 'This plan was changed in another tab or window'} alert id="conflict">
          <p>
            {conflict.stored === null
              ? 'Your changes in this tab have not been saved. Do you want to keep this plan?'
              : 'Your latest changes in this tab have not been saved, so nothing has been lost. Choose which version to keep.'}
          </p>
          <div className="button-group">
            <button type="button" className="button" id="conflict-keep" onClick={keepThisVersion}>
              {conflict.stored === null ? 'Keep this plan' : 'Keep the version in this tab'}
            </button>
            <button type="button" className="button button--secondary" id="conflict-other" onClick={useOtherVersion}>
              {conflict.stored === null ? 'Close it' : 'Use the version from the other tab'}
            </button>
            <button type="button" className="link-button" onClick={downloadCurrent}>
              Download this tab’s answers first
            </button>
          </div>
        </Banner>
      )}
      {ready && (saveState?.kind === 'error' || !persistent) && !conflict && (
        <Banner kind="error" title="Your answers are not being saved" alert id="save-error">
          <p>{saveState?.kind === 'error' ? saveState.message : STORE_MESSAGES.unavailable}</p>
          <button type="button" className="button" onClick={downloadCurrent}>
            Download your answers
          </button>
        </Banner>
      )}
      {notice && notice.at === routeHash(route) && (
        <Banner kind="success" title={notice.title} id="notice">
          {notice.body && <p>{notice.body}</p>}
        </Banner>
      )}
    </>
  );
  const slots = { before: banners, after: status };

  return (
    <div className="plan-builder" data-loaded={loaded ? 'true' : undefined}>
      <div className="visually-hidden" aria-live="polite" id="plan-announcer">
        {announcement}
      </div>
      <HeadingSlots.Provider value={slots}>
        <OutcomeExamples.Provider value={outcomeExamples}>
          <Suspense fallback={<p>Loading…</p>}>{view}</Suspense>
        </OutcomeExamples.Provider>
      </HeadingSlots.Provider>

      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        id="confirm-delete"
        title={dialog?.kind === 'delete' ? `Delete “${draftTitle(dialog.draft.envelope, templateOf(dialog.draft.envelope))}”?` : ''}
        confirmLabel="Yes, delete this plan"
        cancelLabel="No, keep it"
        destructive
        onConfirm={confirmDialog}
        onCancel={closeDialog}
        returnFocus="your-plans"
      >
        <p>This cannot be undone. Download your answers first if you might need them.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog?.kind === 'delete-unreadable'}
        id="confirm-delete-unreadable"
        title="Delete the saved plan that could not be read?"
        confirmLabel="Yes, delete it"
        cancelLabel="No, keep it"
        destructive
        onConfirm={confirmDialog}
        onCancel={closeDialog}
        returnFocus="your-plans"
      >
        <p>This cannot be undone. Download it first if someone might be able to recover it.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog?.kind === 'delete-everything'}
        id="confirm-delete-everything"
        title="Delete everything stored on this device?"
        confirmLabel="Yes, delete everything"
        cancelLabel="No, keep my plans"
        destructive
        onConfirm={confirmDialog}
        onCancel={closeDialog}
        returnFocus={HEADING}
      >
        <p>
          This deletes {list.drafts.length === 1 ? 'the 1 plan' : `all ${list.drafts.length} plans`}
          {list.unreadable.length ? ` and ${list.unreadable.length} saved ${list.unreadable.length === 1 ? 'item' : 'items'} that could not be read` : ''} from this
          browser. It cannot be undone. Download any plan you want to keep first.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog?.kind === 'remove-item'}
        id="confirm-remove-item"
        title={dialog?.kind === 'remove-item' ? `Remove ${dialog.label}?` : ''}
        confirmLabel={dialog?.kind === 'remove-item' ? `Yes, remove ${dialog.label}` : 'Remove'}
        cancelLabel="No, keep it"
        destructive
        onConfirm={confirmDialog}
        onCancel={closeDialog}
      >
        <p>What you wrote for it will be deleted.</p>
      </ConfirmDialog>
      <Dialog
        open={dialog?.kind === 'rename'}
        id="rename"
        title="Rename this plan"
        onClose={closeDialog}
        initialFocus="rename-input"
        actions={
          <div className="button-group">
            <button type="submit" form="rename-form" className="button">
              Save the name
            </button>
            <button type="button" className="button button--secondary" onClick={closeDialog}>
              Cancel
            </button>
          </div>
        }
      >
        <form
          id="rename-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            saveRename();
          }}
        >
          <div className="form-group">
            <label className="label" htmlFor="rename-input">
              Name of the plan <span className="optional">(optional)</span>
            </label>
            <div className="hint" id="rename-hint">
              For example, “Sam, autumn term”. Leave it empty to use the child’s name.
            </div>
            <input className="input" id="rename-input" type="text" value={renameValue} aria-describedby="rename-hint" autoComplete="off" onChange={(e) => setRenameValue(e.target.value)} />
          </div>
        </form>
      </Dialog>
    </div>
  );
}

function MissingView({ message }: { message: string }) {
  usePageTitle('Plan not found');
  return (
    <>
      <BackLink href={routeHash({ name: 'home' })}>Your plans</BackLink>
      <PageHeading>We could not open this plan</PageHeading>
      <p>{message}</p>
      <p>
        <a href={routeHash({ name: 'home' })}>Go to your plans</a>
      </p>
    </>
  );
}
