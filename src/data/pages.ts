/**
 * The list of content pages with a kicker, title, one-line summary and date,
 * for social cards, the sitemap and the published-URL list. Derived from the
 * model, never typed twice.
 */
import type { Model } from './model';
import { KIND_LABELS } from './model';
import { capitalise, countWord } from '@/lib/text';
import type { PartialDate } from './types';
import { networkModel } from './network';
import { compareGroups, comparePoints } from './compare';

export interface SitePage {
  /** Site-relative path without slashes at either end; '' is home. */
  path: string;
  /** What kind of page: an actor's kind, "Report explainer", a section name. */
  kicker: string;
  title: string;
  /** One line saying what the page holds (social cards). */
  summary: string;
  /** When its content last changed. */
  updated: PartialDate;
}

/** Every page a reader can land on (redirects excluded). */
export function sitePages(m: Model): SitePage[] {
  // Section pages draw on the whole corpus: their date is the newest change to it.
  const newest = [...m.articles, ...m.actors]
    .map((x) => x.updated)
    .sort((a, b) => a.value.localeCompare(b.value))
    .at(-1)!;
  const section = (path: string, kicker: string, title: string, summary: string): SitePage => ({
    path,
    kicker,
    title,
    summary,
    updated: newest,
  });
  const reports = `${countWord(m.sources.length)} reports`;
  return [
    section(
      '',
      'The story in brief',
      'Does Tehran control Iraq’s armed factions?',
      `${capitalise(reports)} on the Quds Force, Iraq’s armed factions and the attacks on US forces, 2020–2024.`,
    ),
    section('articles', 'Sources', `The ${reports}`, 'What each report says, what it adds and how it frames events.'),
    ...m.articles.map((a) => ({
      path: `articles/${a.id}`,
      kicker: 'Report explainer',
      title: a.title,
      summary: a.description,
      updated: a.updated,
    })),
    section('actors', 'Profiles', 'Actors A–Z', 'Every person, group, state and news organization the reports name.'),
    ...m.actors.map((a) => ({
      path: `actors/${a.id}`,
      kicker: KIND_LABELS[a.kind][0],
      title: a.name,
      summary: a.short,
      updated: a.updated,
    })),
    section('timeline', '2014–2024', 'Timeline', 'Every dated event in the reports, with its precision and citations.'),
    section('network', 'Who does what to whom', 'The network', 'Every relationship the reports state, by side and by type.'),
    ...networkModel(m).sides.map((s) =>
      section(
        `network/${s.slug}`,
        'The network, by side',
        s.label,
        `Who is on this side, and every relationship the reports state for it.`,
      ),
    ),
    section(
      'network/reporting',
      'The network',
      'Who reported, and who spoke to whom',
      'The outlets, their sources and whom they reported on.',
    ),
    section(
      'compare',
      `${capitalise(reports)}, side by side`,
      'Where the reports disagree',
      'Counts, dates, spellings and roles on which the reports differ.',
    ),
    ...comparePoints(compareGroups(m.disagreements)).map((p) =>
      section(
        `compare/${p.point.id}`,
        `Where the reports disagree: ${p.kind.toLowerCase()}`,
        p.point.topic,
        'What each report says, cited to the paragraph.',
      ),
    ),
    section('glossary', 'Terms', 'Glossary', 'The terms a newcomer needs to follow the story.'),
    section('search', 'Find', 'Search', 'Every actor under any spelling, every report, event and term.'),
    section('about', 'Method', 'About this site and its method', 'Where the reports come from and how their paragraphs are cited.'),
    section('data', 'Open data', 'The data behind the site', 'Actors, relationships, events and sources as JSON and CSV.'),
  ];
}
