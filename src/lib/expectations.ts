/**
 * The four expectations that are the spine of the guide and the workbook, plus the practicalities
 * group. Plain data, shared by pages, the checklist and the agreement.
 */

export const expectationIds = [
  'mentee-driven',
  'protected-time',
  'trust-confidentiality',
  'shared-responsibility',
] as const;

/** One of the four expectations. */
export type ExpectationId = (typeof expectationIds)[number];

/** The groups a checklist item can belong to: the four expectations, and the practicalities. */
export const itemGroupIds = [...expectationIds, 'practicalities'] as const;
export type ItemGroupId = (typeof itemGroupIds)[number];

export interface ItemGroup {
  id: ItemGroupId;
  name: string;
  /** The expectation in one line. */
  line: string;
  /** Slug of the guide page that explains it, if there is one. */
  guideSlug?: string;
}

export const itemGroups: readonly ItemGroup[] = [
  {
    id: 'mentee-driven',
    name: 'Mentee-driven',
    line: "The partnership serves the mentee's goals. The mentee brings the agenda, and goals may change.",
    guideSlug: 'mentee-driven',
  },
  {
    id: 'protected-time',
    name: 'Protected time',
    line: 'Meetings are time set aside for the mentee to grow as a person. They are not an appraisal.',
    guideSlug: 'protected-time',
  },
  {
    id: 'trust-confidentiality',
    name: 'Trust and confidentiality',
    line: 'What is said stays between you, within limits you agree in advance, so both can speak openly.',
    guideSlug: 'trust-and-confidentiality',
  },
  {
    id: 'shared-responsibility',
    name: 'Shared responsibility',
    line: 'Each of you owns your part and does what you said between meetings.',
    guideSlug: 'shared-responsibility',
  },
  {
    id: 'practicalities',
    name: 'Practicalities',
    line: 'How often, how long, where, contact between meetings, and how it ends.',
  },
];

/** Finds a group by id; throws for an id that is not one of ours, since that is a programming error. */
export function getItemGroup(id: ItemGroupId): ItemGroup {
  const group = itemGroups.find((g) => g.id === id);
  if (!group) throw new Error(`Unknown expectation group: ${id}`);
  return group;
}
