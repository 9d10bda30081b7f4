/**
 * What to call a partnership everywhere (workbook home, meeting log, Your data): one small module,
 * so a page that needs only this does not load the rest of the data summaries.
 */

/** A partnership's name for lists: its title, else "Mentee and Mentor", else "Unnamed partnership". */
export function partnershipLabel(p: {
  title?: string | undefined;
  mentorName?: string | undefined;
  menteeName?: string | undefined;
}): string {
  const title = p.title?.trim();
  if (title) return title;
  // Mentee first, as the start form asks for the names.
  const names = [p.menteeName?.trim(), p.mentorName?.trim()].filter((n): n is string => Boolean(n));
  return names.length > 0 ? names.join(' and ') : 'Unnamed partnership';
}
