/**
 * Saving a file the person downloads: the text becomes a Blob and a temporary link clicks
 * itself. Nothing is sent anywhere: the file goes straight to the browser's downloads.
 */

/** Offers `text` as a download called `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the Blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
