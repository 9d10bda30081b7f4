import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatterSchema } from './lib/schemas/guide';

/** The guide: one MDX page per topic, frontmatter validated at build time. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guide' }),
  schema: guideFrontmatterSchema,
});

export const collections = { guide };
