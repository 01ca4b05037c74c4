/** One page of each type, for the checks too slow to run on every page (Lighthouse, JavaScript off). */
export const SAMPLE_PAGES = [
  '',
  'articles/antiwar-2024/',
  'actors/esmail-qaani/',
  'network/',
  'timeline/',
  'compare/',
  'glossary/',
  'search/',
  'about/',
  'data/',
];
