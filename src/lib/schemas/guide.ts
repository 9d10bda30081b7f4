/**
 * Frontmatter of a guide page. A page with a missing or wrong field fails the build, not the reader.
 */
import * as z from 'zod/mini';
import { expectationIds } from '../expectations';

export const guideFrontmatterSchema = z.strictObject({
  /** The page's h1 and the first part of its <title>. */
  title: z.string().check(z.minLength(3), z.maxLength(80)),
  /** One sentence, used as the meta description. */
  description: z.string().check(z.minLength(20), z.maxLength(200)),
  /** Position in the guide, from 1. */
  order: z.number().check(z.int(), z.positive()),
  /** The expectation the page explains, if it is one of the four. */
  expectation: z.optional(z.enum(expectationIds)),
  /** The page in one sentence, shown on the guide index. */
  summary: z.string().check(z.minLength(20), z.maxLength(240)),
  /**
   * The page in a minute: its main points in three or four short lines, shown at the top of the page
   * for a reader on a phone who has little time.
   */
  inBrief: z.array(z.string().check(z.minLength(20), z.maxLength(140))).check(z.minLength(3), z.maxLength(4)),
  /** When the page last changed meaningfully. */
  updated: z.coerce.date(),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
