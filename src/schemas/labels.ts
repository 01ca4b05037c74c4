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
export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, { label: string; intro: string; one: string; onePage: string }> = {
  contradiction: {
    label: 'Contradictions',
    intro: 'Points on which the reports cannot all be right: at least one account excludes another.',
    one: 'Contradiction',
    onePage: 'A contradiction: the reports cannot all be right, as at least one account excludes another.',
  },
  detail: {
    label: 'Differences of detail or wording',
    intro: 'Points on which the reports differ in precision, naming or emphasis, but could all be right.',
    one: 'Difference of detail or wording',
    onePage: 'A difference of precision, naming or emphasis: the reports could all be right.',
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
 * Where a relationship type shows in an actor's key facts:
 * `leader` (from leads or commands to), `member` (from is a member or part of
 * to), `backer`, `ally` (either way), `successor` (from succeeded to),
 * `opponent` (a hostile act, either way) or `act` (a one-off dealing shown in
 * the relationship list only, e.g. a meeting or a request).
 */
type RelationshipRole = 'leader' | 'member' | 'backer' | 'ally' | 'successor' | 'opponent' | 'act' | 'reporting';

/** What one relationship type means, in one place. */
export interface RelationshipMeaning {
  /** How it reads from `from` to `to`, in the active voice: "commands", "member of", "killed". */
  label: string;
  /** How it reads from the other end, `to` back to `from`: "commanded by", "has as a member", "killed by". */
  reverse: string;
  /** Its role in key facts. */
  role: RelationshipRole;
  /** About the reporting rather than the story (who reported on or spoke to whom): kept out of the story's diagrams. */
  reporting: boolean;
  /** A hostile act (attacks, strikes, killings): the two ends are opponents. "Opposed" is not: it is often about one policy. */
  hostile: boolean;
  /** A one-off act, dated by the day it happened: its `start` alone is a date, never the start of an open span. */
  oneOff: boolean;
}

const m = (
  label: string,
  reverse: string,
  role: RelationshipRole,
  flags: Partial<Pick<RelationshipMeaning, 'reporting' | 'hostile' | 'oneOff'>> = {},
): RelationshipMeaning => ({ label, reverse, role, reporting: false, hostile: false, oneOff: false, ...flags });

/**
 * The closed vocabulary of relationship types, read "from <type> to", and
 * what each means. The schema's enum is built from the keys; the order is the
 * order diagrams group them in.
 */
export const RELATIONSHIP_TYPES = {
  commands: m('commands', 'commanded by', 'leader'),
  leads: m('leads', 'led by', 'leader'),
  'member-of': m('member of', 'has as a member', 'member'),
  'part-of': m('part of', 'includes', 'member'),
  backs: m('backs', 'backed by', 'backer'),
  succeeded: m('succeeded', 'succeeded by', 'successor', { oneOff: true }),
  attacked: m('attacked', 'attacked by', 'opponent', { hostile: true }),
  struck: m('struck', 'struck by', 'opponent', { hostile: true, oneOff: true }),
  killed: m('killed', 'killed by', 'opponent', { hostile: true, oneOff: true }),
  'met-with': m('met with', 'met with', 'act', { oneOff: true }),
  requested: m('asked', 'asked by', 'act', { oneOff: true }),
  refused: m('refused', 'refused by', 'act', { oneOff: true }),
  'complied-with': m('complied with', 'heeded by', 'act'),
  'negotiated-with': m('negotiated with', 'negotiated with', 'act'),
  opposed: m('opposed', 'opposed by', 'act'),
  blamed: m('blamed', 'blamed by', 'act', { oneOff: true }),
  condemned: m('condemned', 'condemned by', 'act', { oneOff: true }),
  'allied-with': m('allied with', 'allied with', 'ally'),
  'reported-on': m('reported on', 'reported on by', 'reporting', { reporting: true, oneOff: true }),
  'spoke-to': m('spoke to', 'spoken to by', 'reporting', { reporting: true, oneOff: true }),
} as const satisfies Record<string, RelationshipMeaning>;

/**
 * How a relationship type reads between two names, "from <label> to"
 * (derived from `RELATIONSHIP_TYPES`, same keys in the same order).
 */
export const RELATIONSHIP_LABELS = Object.fromEntries(Object.entries(RELATIONSHIP_TYPES).map(([k, v]) => [k, v.label])) as {
  [K in keyof typeof RELATIONSHIP_TYPES]: string;
};
