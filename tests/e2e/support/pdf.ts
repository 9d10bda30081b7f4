/** Reading a printed PDF in end-to-end tests. */

/** Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Type /Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
