/**
 * Reader-facing words for every closed vocabulary in the content model, in one
 * place. Each table is typed `Record<Enum, …>`, so adding a value to a schema
 * enum without giving it a label here fails the type check instead of
 * silently dropping the value from a page.
 */
import type { ActorData, ActorKind, ActorSide } from './actor';
import type { DisagreementData } from './disagreement';

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

/** Where a spelling of a name comes from. */
export const ALIAS_ORIGIN_LABELS: Record<ActorData['aliases'][number]['origin'], string> = {
  report: 'used in a report',
  transliteration: 'standard transliteration',
  'native-script': 'native script',
  established: 'other established name (not from the reports)',
};

/** Headings of the Compare page, in the order it shows them. */
export const CATEGORY_LABELS: Record<DisagreementData['category'], string> = {
  count: 'Counts',
  date: 'Dates',
  spelling: 'Spellings',
  refusal: 'Who refused',
  role: 'Roles given to the same person',
  place: 'Places',
  framing: 'Framing and word choice',
  attribution: 'Sources and attribution',
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
