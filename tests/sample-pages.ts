/** One page of each type, for the checks too slow to run on every page (JavaScript off; the sub-path visit; Lighthouse with --all). */
export const SAMPLE_PAGES = [
  '',
  'articles/antiwar-2024/',
  'actors/esmail-qaani/',
  'network/',
  'timeline/',
  'compare/',
  'compare/last-attack-date/',
  'glossary/',
  'search/',
  'about/',
  'data/',
];
