/**
 * Which view of the meeting log is open, kept in the URL fragment beside the partnership
 * (`#p=<id>&view=meeting&m=<meetingId>`) so a reload returns to the same place and Back works.
 */

export const views = ['overview', 'prepare', 'meeting', 'goals', 'schedule', 'history', 'ending'] as const;
export type View = (typeof views)[number];

/** The views the log's navigation lists; the ending is reached from the overview, once, when it is time. */
export const navViews: readonly View[] = views.filter((view) => view !== 'ending');

export interface ViewState {
  partnershipId: string | null;
  view: View;
  meetingId?: string;
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Reads the view state from a fragment such as "#p=abc&view=history". */
export function readViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const p = params.get('p');
  const view = params.get('view');
  const m = params.get('m');
  const state: ViewState = {
    partnershipId: p && idPattern.test(p) ? p : null,
    view: views.includes(view as View) ? (view as View) : 'overview',
  };
  if (m && idPattern.test(m)) state.meetingId = m;
  return state;
}

/** Writes the fragment for a view state ("#p=abc&view=meeting&m=xyz"). */
export function viewStateToHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.partnershipId) params.set('p', state.partnershipId);
  if (state.view !== 'overview') params.set('view', state.view);
  if (state.meetingId) params.set('m', state.meetingId);
  return `#${params.toString()}`;
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
