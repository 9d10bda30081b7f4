import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatterSchema } from './lib/schemas/guide';
import { checklistTemplateSchema } from './lib/schemas/template';

/** The guide: one MDX page per topic, frontmatter validated at build time. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guide' }),
  schema: guideFrontmatterSchema,
});

/**
 * Checklist templates the site ships (one JSON file each; `default.json` is the default checklist),
 * validated by the same schema that checks a trainer's template arriving by link.
 */
const checklist = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/checklist' }),
  schema: checklistTemplateSchema,
});

export const collections = { guide, checklist };
