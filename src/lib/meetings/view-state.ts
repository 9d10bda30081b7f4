/**
 * Which view of the meeting log is open, kept in the URL fragment beside the partnership
 * (`#p=<id>&view=meeting&m=<meetingId>`) so a reload returns to the same place and Back works.
 */

import { buildFragment, readFragment, type Fragment } from '../transfer/fragment';

export const views = ['overview', 'prepare', 'meeting', 'goals', 'schedule', 'history', 'ending'] as const;
export type View = (typeof views)[number];

/** The views the log's navigation lists; the ending is reached from the overview, once, when it is time. */
export const navViews: readonly View[] = views.filter((view) => view !== 'ending');

export interface ViewState {
  partnershipId: string | null;
  view: View;
  meetingId?: string;
}

/** Reads the view state from a fragment such as "#p=abc&view=history" (with the one fragment reader). */
export function readViewState(hash: string): ViewState {
  const { partnershipId, view, meetingId } = readFragment(hash);
  const state: ViewState = {
    partnershipId: partnershipId ?? null,
    view: views.includes(view as View) ? (view as View) : 'overview',
  };
  if (meetingId) state.meetingId = meetingId;
  return state;
}

/** Writes the fragment for a view state ("#p=abc&view=meeting&m=xyz"). */
export function viewStateToHash(state: ViewState): string {
  const fragment: Fragment = { payloads: {} };
  if (state.partnershipId) fragment.partnershipId = state.partnershipId;
  if (state.view !== 'overview') fragment.view = state.view;
  if (state.meetingId) fragment.meetingId = state.meetingId;
  return buildFragment(fragment) || '#';
}

/** The view names as the navigation shows them. */
export const viewLabels: Record<View, string> = {
  overview: 'Overview',
  prepare: 'Prepare',
  meeting: 'Meeting',
  goals: 'Goals',
  schedule: 'Next meeting',
  history: 'History',
  ending: 'Ending',
};
