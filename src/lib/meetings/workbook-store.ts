/**
 * The meeting log's store over the workbook's storage (src/lib/storage): a partnership's log read in
 * one go, changed records saved through their repositories (each validated by its schema), and the
 * workbook's `change` events from other tabs passed on. After the first save it asks the browser to
 * keep the data (`navigator.storage.persist()`).
 */
import {
  openWorkbook,
  requestPersistence,
  type OpenedWorkbook,
  type RecordBatch,
  type Workbook,
  type WorkbookError,
} from '../storage';
import type { ChecklistTemplate, Partnership } from '../schemas';
import { partnershipName, type MeetingLogStore } from './log-store';
import type { MeetingLogData } from './types';

/** The store, and why storage fell back to memory when it did. */
export interface OpenedLogStore {
  store: MeetingLogStore;
  fallback?: WorkbookError;
}

/** The template a partnership pinned: the site's default, or the version kept on this device. */
async function templateFor(
  workbook: Workbook,
  partnership: Pick<Partnership, 'templateId' | 'templateVersion'>,
  defaultTemplate: ChecklistTemplate | undefined,
): Promise<ChecklistTemplate | undefined> {
  if (
    defaultTemplate?.id === partnership.templateId &&
    defaultTemplate.version === partnership.templateVersion
  ) {
    return defaultTemplate;
  }
  return workbook.templates.get(partnership.templateId, partnership.templateVersion);
}

/**
 * A meeting log store over an opened workbook (exported for tests). `defaultTemplate` is the site's
 * checklist, needed to read what a pair agreed about their meetings.
 */
export function workbookLogStore(workbook: Workbook, defaultTemplate?: ChecklistTemplate): MeetingLogStore {
  let askedToPersist = false;
  return {
    async list() {
      const partnerships = await workbook.partnerships.list();
      return partnerships
        .map((p) => ({ id: p.id, name: partnershipName(p) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    },
    async load(partnershipId) {
      const partnership = await workbook.partnerships.get(partnershipId);
      if (!partnership) return null;
      const [meetings, actions, goals, rounds, template] = await Promise.all([
        workbook.meetings.listByPartnership(partnershipId),
        workbook.actions.listByPartnership(partnershipId),
        workbook.goals.listByPartnership(partnershipId),
        workbook.rounds.listByPartnership(partnershipId),
        templateFor(workbook, partnership, defaultTemplate),
      ]);
      const log: MeetingLogData = { partnership, meetings, actions, goals };
      if (template) log.checklist = { template, rounds };
      return log;
    },
    async save(partnershipId, changes) {
      // One transaction for everything: a deleted meeting never leaves its own actions behind, and a
      // failed save changes nothing (the autosaver keeps the changes and tries again).
      const batch: RecordBatch = {
        partnershipId,
        put: {
          meetings: changes.meetings ?? [],
          actions: changes.actions ?? [],
          goals: changes.goals ?? [],
        },
        delete: { meetings: changes.removed?.meetings ?? [], actions: changes.removed?.actions ?? [] },
      };
      const partnership = changes.partnership;
      if (partnership) {
        // The log only plans the next meeting: change that field alone, so edits made elsewhere (the
        // checklist, names) since this page loaded are kept.
        batch.partnership = (current) => {
          const next = { ...current };
          if (partnership.nextMeeting) next.nextMeeting = partnership.nextMeeting;
          else delete next.nextMeeting;
          if (partnership.ending) next.ending = partnership.ending; // closing the partnership (ending.ts)
          return next;
        };
      }
      await workbook.writeBatch(batch);
      if (!askedToPersist) {
        askedToPersist = true;
        void requestPersistence(workbook).catch(() => undefined);
      }
    },
    subscribe(partnershipId, listener) {
      return workbook.on('change', (event) => {
        if (event.origin !== 'remote') return;
        if (event.partnershipId === undefined || event.partnershipId === partnershipId) listener();
      });
    },
  };
}

/**
 * Opens the workbook and returns the meeting log's store over it. A page passes its shared
 * `open`, so that every island on it uses one workbook (which matters in memory, where a backup
 * must read what the log wrote).
 */
export async function openMeetingLogStore(
  defaultTemplate?: ChecklistTemplate,
  open: () => Promise<OpenedWorkbook> = openWorkbook,
): Promise<OpenedLogStore> {
  const { workbook, fallback } = await open();
  const store = workbookLogStore(workbook, defaultTemplate);
  return fallback ? { store, fallback } : { store };
}
