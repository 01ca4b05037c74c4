/** Plain shapes of the validated content, as pages and pure helpers see it. */
import type { ActorData } from '@/schemas/actor';
import type { ArticleData } from '@/schemas/article';
import type { Citation, PartialDate } from '@/schemas/common';
import type { DisagreementData } from '@/schemas/disagreement';
import type { EventData } from '@/schemas/event';
import type { EraData } from '@/schemas/era';
import type { GlossaryData } from '@/schemas/glossary';
import type { RelationshipData } from '@/schemas/relationship';
import type { SourceData } from '@/schemas/source';
import type { CollectionData, CollectionName } from '@/schemas/collections';

/** One loaded entry: its id, the file it came from (for error messages) and its data. */
export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  /** Raw MDX body, for articles. */
  body?: string;
}

/**
 * Everything in `content/`, loaded and schema-checked, before cross-checks: one
 * list of entries per collection of `src/schemas/collections.ts`. `eras`
 * (timeline periods, in file order, oldest first) is optional so older
 * fixtures still load.
 */
export type Corpus = { [K in Exclude<CollectionName, 'eras'>]: Entry<CollectionData<K>>[] } & { eras?: Entry<CollectionData<'eras'>>[] };

export type {
  ActorData,
  ArticleData,
  Citation,
  DisagreementData,
  EventData,
  EraData,
  GlossaryData,
  PartialDate,
  RelationshipData,
  SourceData,
};
