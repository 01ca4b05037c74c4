/**
 * The Compare page's shape, derived from the disagreements: two kinds of
 * difference, each split by category, in a fixed reading order. Pure, so the
 * grouping is tested without a build.
 */
import type { DisagreementCategory, DisagreementKind } from '@/schemas/disagreement';
import { CATEGORY_LABELS as DISAGREEMENT_CATEGORY_LABELS, DISAGREEMENT_KIND_LABELS } from '@/schemas/labels';
import { actorNames, type Disagreement, type Model } from './model';
import { widestSharedAccount, type SharedAccount } from './shared-account';

interface CompareCategory {
  /** Anchor id, unique on the page, e.g. "contradiction-date". */
  anchor: string;
  label: string;
  items: Disagreement[];
}

export interface CompareGroup {
  kind: DisagreementKind;
  label: string;
  intro: string;
  categories: CompareCategory[];
  count: number;
}

/**
 * Groups disagreements by kind (contradictions first), then by category in
 * the order of `DISAGREEMENT_CATEGORY_LABELS`, keeping the content's order
 * within a category. Empty kinds and categories are left out.
 */
export function compareGroups(disagreements: readonly Disagreement[]): CompareGroup[] {
  const kinds = Object.keys(DISAGREEMENT_KIND_LABELS) as DisagreementKind[];
  const categories = Object.keys(DISAGREEMENT_CATEGORY_LABELS) as DisagreementCategory[];
  return kinds
    .map((kind) => {
      const ofKind = disagreements.filter((d) => d.kind === kind);
      return {
        kind,
        ...DISAGREEMENT_KIND_LABELS[kind],
        count: ofKind.length,
        categories: categories
          .map((category) => ({
            anchor: `${kind}-${category}`,
            label: DISAGREEMENT_CATEGORY_LABELS[category],
            items: ofKind.filter((d) => d.category === category),
          }))
          .filter((c) => c.items.length > 0),
      };
    })
    .filter((g) => g.count > 0);
}

/** One row of the points × reports table: a point, and which reports take a position on it. */
export interface CompareRow {
  id: string;
  topic: string;
  kind: DisagreementKind;
  /** One per report, in the model's order: true when one of the point's positions cites it. */
  says: boolean[];
}

/** The points × reports table: who says something on each point, at a glance, in the page's reading order. */
export function compareMatrix(groups: CompareGroup[], sources: readonly { id: string }[]): CompareRow[] {
  return groups.flatMap((g) =>
    g.categories.flatMap((c) =>
      c.items.map((d) => ({
        id: d.id,
        topic: d.topic,
        kind: d.kind,
        says: sources.map((s) => d.positions.some((p) => p.cite.some((x) => x.source === s.id))),
      })),
    ),
  );
}

/** Everything the Compare page shows, ready to render: the groups, the total, and the names its links need. */
export function comparePage(m: Pick<Model, 'disagreements' | 'sources' | 'actors'>): {
  groups: CompareGroup[];
  /** The points × reports table. */
  matrix: CompareRow[];
  /** The reports, in the table's column order. */
  columns: { id: string; label: string }[];
  total: number;
  /** Actor id → display name. */
  names: Record<string, string>;
  /** How many reports there are, and how many of them retell one underlying report. */
  reports: number;
  shared: SharedAccount | undefined;
} {
  const groups = compareGroups(m.disagreements);
  return {
    groups,
    matrix: compareMatrix(groups, m.sources),
    columns: m.sources.map((s) => ({ id: s.id, label: s.label })),
    total: m.disagreements.length,
    names: actorNames(m),
    reports: m.sources.length,
    shared: widestSharedAccount(m),
  };
}
