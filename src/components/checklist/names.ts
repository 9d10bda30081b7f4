/** How the checklist screens name each partner: "Sam (mentee)" when a name is known, "the mentee" otherwise. */
import type { PartnerRole, Partnership } from '../../lib/schemas';

type Names = Pick<Partnership, 'mentorName' | 'menteeName'>;

/** The person's name, if the pair gave one. */
export function nameOf(names: Names, role: PartnerRole): string | undefined {
  const name = (role === 'mentor' ? names.mentorName : names.menteeName)?.trim();
  return name ? name : undefined;
}

/** "Sam (mentee)" or "The mentee". */
export function personLabel(names: Names, role: PartnerRole): string {
  const name = nameOf(names, role);
  return name ? `${name} (${role})` : `The ${role}`;
}

/** "Sam" or "the mentee", for the middle of a sentence. */
export function personShort(names: Names, role: PartnerRole): string {
  return nameOf(names, role) ?? `the ${role}`;
}

/** "Sam" or "The mentee", to start a sentence. */
export function personStart(names: Names, role: PartnerRole): string {
  const short = personShort(names, role);
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * "Priya’s answer" or "the mentor’s answer": the possessive goes on the name, never after a bracket
 * ("Priya (mentor)’s" reads badly aloud). `what` follows it.
 */
export function possessive(names: Names, role: PartnerRole, what: string): string {
  return `${personShort(names, role)}’s ${what}`;
}
