/**
 * The Compare page's shape, derived from the disagreements: two kinds of
 * difference, each split by category, in a fixed reading order. Pure, so the
 * grouping is tested without a build.
 */
import type { DisagreementCategory, DisagreementKind } from '@/schemas/disagreement';
import { CATEGORY_LABELS as DISAGREEMENT_CATEGORY_LABELS, DISAGREEMENT_KIND_LABELS } from '@/schemas/labels';
import { sourceLabels, type Disagreement, type Model } from './model';
import { widestSharedAccount, type SharedAccount } from './shared-account';

export interface CompareCategory {
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

/** Everything the Compare page shows, ready to render: the groups, the total, and the labels its links need. */
export function comparePage(m: Pick<Model, 'disagreements' | 'sources' | 'actors'>): {
  groups: CompareGroup[];
  total: number;
  /** Source id → short citation label. */
  labels: Record<string, string>;
  /** Actor id → display name. */
  names: Record<string, string>;
  /** How many reports there are, and how many of them retell one underlying report. */
  reports: number;
  shared: SharedAccount | undefined;
} {
  return {
    groups: compareGroups(m.disagreements),
    total: m.disagreements.length,
    labels: sourceLabels(m),
    names: Object.fromEntries(m.actors.map((a) => [a.id, a.name])),
    reports: m.sources.length,
    shared: widestSharedAccount(m),
  };
}
