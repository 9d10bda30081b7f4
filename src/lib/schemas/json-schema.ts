/**
 * The JSON Schema of the backup file, generated from the zod schema, so other tools can read
 * backups without this code. Published at /schema/mentoring-workbook.schema.json.
 */
import * as z from 'zod/mini';
import { BACKUP_VERSION, backupFileSchema, encryptedBackupSchema } from './backup';

/** Builds the JSON Schema document (draft 2020-12) for backup files, plain or encrypted. */
export function backupJsonSchema(): Record<string, unknown> {
  const options = { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' } as const;
  const plain = z.toJSONSchema(backupFileSchema, options);
  const encrypted = z.toJSONSchema(encryptedBackupSchema, options);
  delete plain.$schema;
  delete encrypted.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'mentoring-workbook.schema.json',
    title: `Mentoring workbook backup, version ${BACKUP_VERSION}`,
    description:
      'A backup saved by the Mentoring Expectations workbook: the plain file, or the same file encrypted with a passphrase (PBKDF2-SHA256 and AES-256-GCM). Rules that JSON Schema cannot express (unique ids, ids that are not names of JavaScript object members) are checked on import.',
    oneOf: [plain, encrypted],
  };
}
