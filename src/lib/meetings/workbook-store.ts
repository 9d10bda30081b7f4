/**
 * The meeting log's store over the workbook's storage (src/lib/storage): a partnership's log read in
 * one go, changed records saved through their repositories (each validated by its schema), and the
 * workbook's `change` events from other tabs passed on. After the first save it asks the browser to
 * keep the data (`navigator.storage.persist()`).
 */
import { openWorkbook, requestPersistence, type Workbook, type WorkbookError } from '../storage';
import type { LogChanges, MeetingLogStore } from './log-store';

/** The store, and why storage fell back to memory when it did. */
export interface OpenedLogStore {
  store: MeetingLogStore;
  fallback?: WorkbookError;
}

/** A meeting log store over an opened workbook (exported for tests). */
export function workbookLogStore(workbook: Workbook): MeetingLogStore {
  let askedToPersist = false;
  return {
    async load(partnershipId) {
      const partnership = await workbook.partnerships.get(partnershipId);
      if (!partnership) return null;
      const [meetings, actions, goals] = await Promise.all([
        workbook.meetings.listByPartnership(partnershipId),
        workbook.actions.listByPartnership(partnershipId),
        workbook.goals.listByPartnership(partnershipId),
      ]);
      return { partnership, meetings, actions, goals };
    },
    async save(changes: LogChanges) {
      // Records are saved one after another, so a failure stops at the record that failed.
      const partnership = changes.partnership;
      if (partnership) {
        // The log only plans the next meeting: change that field alone, so edits made elsewhere (the
        // checklist, names) since this page loaded are kept.
        await workbook.partnerships.update(partnership.id, (current) => {
          const next = { ...current };
          if (partnership.nextMeeting) next.nextMeeting = partnership.nextMeeting;
          else delete next.nextMeeting;
          return next;
        });
      }
      for (const meeting of changes.meetings ?? []) await workbook.meetings.save(meeting);
      for (const action of changes.actions ?? []) await workbook.actions.save(action);
      for (const goal of changes.goals ?? []) await workbook.goals.save(goal);
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

/** Opens the workbook and returns the meeting log's store over it. */
export async function openMeetingLogStore(): Promise<OpenedLogStore> {
  const { workbook, fallback } = await openWorkbook();
  const store = workbookLogStore(workbook);
  return fallback ? { store, fallback } : { store };
}
