/**
 * The Compare page's shape, derived from the disagreements: two kinds of
 * difference, each split by category, in a fixed reading order. Pure, so the
 * grouping is tested without a build.
 */
import type { DisagreementCategory, DisagreementKind } from '@/schemas/disagreement';
import { CATEGORY_LABELS as DISAGREEMENT_CATEGORY_LABELS, DISAGREEMENT_KIND_LABELS } from '@/schemas/labels';
import type { Disagreement, Model } from './model';
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

/** A point as its neighbours link to it. */
interface PointLink {
  id: string;
  topic: string;
}

/** One point's own page: the point, what kind and category of difference it is, and the points before and after it. */
export interface ComparePoint {
  point: Disagreement;
  /** "Contradiction", "Difference of detail or wording". */
  kind: string;
  /** One sentence on what that kind of difference means. */
  kindIntro: string;
  category: string;
  /** Place in the Compare page's reading order, from 1, and how many points there are. */
  index: number;
  total: number;
  prev: PointLink | undefined;
  next: PointLink | undefined;
}

/** Every point, one page each, in the Compare page's reading order (contradictions first, then by category). */
export function comparePoints(groups: CompareGroup[]): ComparePoint[] {
  const flat = groups.flatMap((g) =>
    g.categories.flatMap((c) =>
      c.items.map((point) => ({
        point,
        kind: DISAGREEMENT_KIND_LABELS[g.kind].one,
        kindIntro: DISAGREEMENT_KIND_LABELS[g.kind].onePage,
        category: c.label,
      })),
    ),
  );
  const link = (x: (typeof flat)[number] | undefined): PointLink | undefined => x && { id: x.point.id, topic: x.point.topic };
  return flat.map((x, i) => ({ ...x, index: i + 1, total: flat.length, prev: link(flat[i - 1]), next: link(flat[i + 1]) }));
}

/**
 * The most reports the at-a-glance table gives a column each. Five reports make five narrow
 * columns on a phone; a larger corpus names the reports in each row instead (a table of a thousand
 * columns was 1.8 MB of HTML that no screen could show).
 */
export const GLANCE_COLUMNS = 8;

/** Everything the Compare page shows, ready to render: the groups, the table and the total. */
export function comparePage(m: Pick<Model, 'disagreements' | 'sources'>): {
  groups: CompareGroup[];
  /** The points × reports table, over the reports that take a position on at least one point. */
  matrix: CompareRow[];
  /** Those reports, in the table's column order. */
  columns: { id: string; label: string }[];
  /** True when they are more than `GLANCE_COLUMNS`: each row then names its reports instead of marking columns. */
  asList: boolean;
  total: number;
  /** How many reports there are, and how many of them retell one underlying report. */
  reports: number;
  shared: SharedAccount | undefined;
} {
  const groups = compareGroups(m.disagreements);
  const cited = new Set(m.disagreements.flatMap((d) => d.positions.flatMap((p) => p.cite.map((c) => c.source))));
  const columns = m.sources.filter((s) => cited.has(s.id)).map((s) => ({ id: s.id, label: s.label }));
  return {
    groups,
    matrix: compareMatrix(groups, columns),
    columns,
    asList: columns.length > GLANCE_COLUMNS,
    total: m.disagreements.length,
    reports: m.sources.length,
    shared: widestSharedAccount(m),
  };
}
