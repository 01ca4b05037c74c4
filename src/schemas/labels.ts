/**
 * Reader-facing words for every closed vocabulary in the content model, in one
 * place. Each table is typed `Record<Enum, …>`, so adding a value to a schema
 * enum without giving it a label here fails the type check instead of
 * silently dropping the value from a page.
 */
import type { ActorKind, ActorSide } from './actor';
import type { DisagreementData, DisagreementKind } from './disagreement';
import type { OutsideKind } from './outside';

/** Human names of actor kinds, singular and plural. */
export const KIND_LABELS: Record<ActorKind, [string, string]> = {
  person: ['Person', 'People'],
  'armed-group': ['Armed group', 'Armed groups'],
  organization: ['Organization', 'Organizations'],
  'government-body': ['Government body', 'Government bodies'],
  'military-unit': ['Military unit', 'Military units'],
  state: ['State', 'States'],
  coalition: ['Coalition', 'Coalitions'],
  media: ['News organization', 'News organizations'],
};

/** The sides of the story, in the order the network shows them. */
export const SIDE_LABELS: Record<ActorSide, string> = {
  iran: 'Iran’s state and forces',
  'iraqi-factions': 'Iraq’s armed factions',
  'iraqi-state': 'The Iraqi state',
  'us-coalition': 'The United States and its coalition',
  other: 'Others',
};

/** How each kind of outside addition is named where it is shown. */
export const OUTSIDE_KIND_LABELS: Record<OutsideKind, string> = {
  transliteration: 'another romanisation',
  'native-script': 'original script',
  established: 'established name',
  translation: 'translation',
};

/** The visible mark for an addition of the given kind, e.g. "not from the reports: established name". */
export function outsideMark(kind: OutsideKind): string {
  return `not from the reports: ${OUTSIDE_KIND_LABELS[kind]}`;
}

/** Heading and one-line explanation of each kind of disagreement, in the order the Compare page shows them. */
export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, { label: string; intro: string }> = {
  contradiction: {
    label: 'Contradictions',
    intro: 'Points on which the reports cannot all be right: at least one account excludes another.',
  },
  detail: {
    label: 'Differences of detail or wording',
    intro: 'Points on which the reports differ in precision, naming or emphasis, but could all be right.',
  },
};

/** Headings of the Compare page, in the order it shows them. */
export const CATEGORY_LABELS: Record<DisagreementData['category'], string> = {
  count: 'Counts',
  date: 'Dates',
  refusal: 'Who refused',
  attribution: 'Sources and attribution',
  role: 'Roles given to the same person',
  place: 'Places',
  spelling: 'Spellings',
  framing: 'Framing and word choice',
};

/**
 * How a relationship type reads between two names, "from <label> to". The keys
 * are the closed vocabulary of relationship types: the schema's enum is built
 * from them.
 */
export const RELATIONSHIP_LABELS = {
  commands: 'commands',
  leads: 'leads',
  'member-of': 'member of',
  'part-of': 'part of',
  backs: 'backs',
  succeeded: 'succeeded',
  attacked: 'attacked',
  struck: 'struck',
  killed: 'killed',
  'met-with': 'met with',
  requested: 'asked',
  refused: 'refused',
  'complied-with': 'complied with',
  'negotiated-with': 'negotiated with',
  opposed: 'opposed',
  blamed: 'blamed',
  condemned: 'condemned',
  'allied-with': 'allied with',
  'reported-on': 'reported on',
  'spoke-to': 'spoke to',
} as const satisfies Record<string, string>;
