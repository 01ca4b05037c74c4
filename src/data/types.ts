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
import type { PageData } from '@/schemas/page';

/** One loaded entry: its id, the file it came from (for error messages) and its data. */
export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  /** Raw MDX body, for articles. */
  body?: string;
}

/** Everything in `content/`, loaded and schema-checked, before cross-checks. */
export interface Corpus {
  sources: Entry<SourceData>[];
  articles: Entry<ArticleData>[];
  pages: Entry<PageData>[];
  actors: Entry<ActorData>[];
  relationships: Entry<RelationshipData>[];
  events: Entry<EventData>[];
  /** Timeline periods, in file order (oldest first). Optional so older fixtures still load. */
  eras?: Entry<EraData>[];
  glossary: Entry<GlossaryData>[];
  disagreements: Entry<DisagreementData>[];
}

export type {
  PageData,
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
