/**
 * The fingerprint (template-changes.ts) of every checklist the site has shipped, by `id@version`. A
 * link that carries only its changes is rebuilt from the shipped checklist it names, so that
 * checklist must never change under the same id and version: the unit tests compare every shipped
 * template with this list, and fail if one was edited without a new version.
 */
export const SHIPPED_FINGERPRINTS: Readonly<Record<string, string>> = {
  'default@1': '1iiqc89',
};
