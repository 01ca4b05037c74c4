/**
 * What an article page derives from the model besides its own prose: its
 * report, the names of the actors it lists, the names it gives in passing, the
 * account it shares with other reports, the relationships and events its
 * report states, and its relationship graph. The page only lays these out.
 */
import { clusterGraph, type Diagram } from '@/lib/diagrams/generate';
import { actorUrl } from '@/lib/url';
import { hubNote, relationshipHome } from './network';
import {
  actorsById,
  eventsCiting,
  isReporting,
  nameInText,
  passingMentions,
  relationshipsCiting,
  type Actor,
  type Article,
  type Event,
  type Model,
  type PassingMention,
  type Relationship,
  type Source,
} from './model';
import { sharedAccount, type SharedAccount } from './shared-account';

interface ArticleNetwork {
  /** The story's relationships this report states (its reporting ties are on the reporting page). */
  rels: Relationship[];
  events: Event[];
  diagram: Diagram<Relationship> | undefined;
  /** Actors in the graph. */
  actorCount: number;
  /** What the phone layout leaves to the wider drawing and the list, if anything. */
  phoneNote: string | undefined;
  /** Where each relationship is written out with its sources (`relationshipHome`). */
  home: (r: Relationship) => string;
}

/**
 * The report's graph: the relationships it states between the story's actors
 * (on a phone, the ties of its most connected actor).
 */
function articleNetwork(m: Model, sourceId: string): ArticleNetwork {
  const rels = relationshipsCiting(m, sourceId).filter((r) => !isReporting(m, r));
  const actors = new Set(rels.flatMap((r) => [r.from, r.to]));
  const home = (r: Relationship) => relationshipHome(m, r);
  const diagram = rels.length ? clusterGraph(m.actors, rels, { href: actorUrl, relHref: home }) : undefined;
  const phoneNote = diagram?.notOnPhone.length ? hubNote(nameInText(m.actor(diagram.hub)), diagram.notOnPhone.length) : undefined;
  return { rels, events: eventsCiting(m, sourceId), diagram, actorCount: actors.size, phoneNote, home };
}

/** Everything an explainer page shows besides its prose and its citations. */
export interface ArticlePage extends ArticleNetwork {
  /** The report the explainer is about. */
  source: Source;
  /** Actor id → actor, for the relationship list. */
  actors: Record<string, Actor>;
  /** The who's who, each main actor with the name its profile goes by. */
  whoswho: (Article['whoswho'][number] & { name: string })[];
  /** The other actors the report names, with their names. */
  alsoNamed: { id: string; name: string }[];
  /** The names given only in passing, with their anchors. */
  passing: PassingMention[];
  /** The story this report retells with others, if any. */
  account: SharedAccount | undefined;
}

/** What the explainer of `article` shows, derived from the model. */
export function articlePage(m: Model, article: Article): ArticlePage {
  const source = m.source(article.source);
  return {
    ...articleNetwork(m, source.id),
    source,
    actors: actorsById(m),
    whoswho: article.whoswho.map((w) => ({ ...w, name: m.actor(w.actor).name })),
    alsoNamed: article.alsoNamed.map((id) => ({ id, name: m.actor(id).name })),
    passing: passingMentions({ articles: [article] }),
    account: sharedAccount(m, source.id),
  };
}
