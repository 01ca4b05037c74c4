/**
 * Reading a plain-text report for the editor's tools (`npm run new-report`,
 * `npm run coverage`): the names in each paragraph (as `paragraphsOf` in
 * src/lib/text.ts counts them) matched under every spelling, and the
 * capitalised names, dates and numbers an editor will want to turn into
 * actors, events and disagreements. The build never imports it. Knows nothing
 * of the corpus: names come in as plain lists. Imported with its `.ts`
 * extension so the command-line tools can run it in Node directly.
 */
import { normalise } from '../../src/lib/text.ts';

/** One word of a paragraph: where it stands and its normalised form. */
interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
}

/**
 * One spelling for British and American forms, so "Defence" finds "Defense"
 * and "Mobilisation" finds "Mobilization": applied to a normalised word on
 * both sides of a comparison.
 */
export function foldSpelling(word: string): string {
  return word
    .replace(/^(def|off|lic|pret)ence$/, '$1ense')
    .replace(/is(ation|ations|e|ed|es|ing)$/, (all, end: string, at: number) => (at >= 3 ? `iz${end}` : all))
    .replace(/^(.{3,})our(s?)$/, '$1or$2')
    .replace(/^(cen|thea|me|li)tre(s?)$/, '$1ter$2');
}

/**
 * Words split the way `normalise` splits them; a possessive is dropped, so
 * "Qaani’s" is "Qaani" and "the Guard Corps’" is "the Guard Corps".
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[^\s\-‐–—_.,:;!?()"“”/]+/g)) {
    const word = m[0].replace(/['’]s$|(?<=s)['’]$/, '');
    const norm = foldSpelling(normalise(word));
    if (norm) out.push({ text: word, norm, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** A spelling written in capitals ("PMF", "U.S.") must match in capitals, so "US" never matches "us". */
const isAcronym = (name: string) => /^[A-Z]{2,}$/.test(name.replace(/\./g, ''));

/** A name someone is known by, with the id it belongs to. */
export interface NameEntry {
  id: string;
  /** Every spelling: the display name first, then the aliases. */
  names: string[];
}

/** A known name found in a paragraph: whose, which spelling, and the words as written. */
export interface NameMatch {
  id: string;
  /** The spelling from the list that matched. */
  alias: string;
  /** The words of the paragraph that matched it. */
  found: string;
  start: number;
  end: number;
}

/** The same office named the other way round: "Department of Defense" is also "Defense Department". */
export function wordOrderVariants(name: string): string[] {
  const m = /^(?:(.+?)\s+)?(Department|Ministry|Office|Council|Directorate) of (?:the )?(.+)$/.exec(name);
  return m ? [`${m[1] ? `${m[1]} ` : ''}${m[3]} ${m[2]}`] : [];
}

/**
 * Every known name in a paragraph. Matching ignores case, diacritics,
 * apostrophes and hyphens (the site's search normalisation); a match inside a
 * longer one is dropped, so "Kataib Hezbollah" is not also "Hezbollah".
 */
export function namesIn(paragraph: string, entries: NameEntry[]): NameMatch[] {
  const toks = tokens(paragraph);
  const found: NameMatch[] = [];
  for (const entry of entries) {
    for (const alias of entry.names.flatMap((n) => [n, ...wordOrderVariants(n)])) {
      const words = normalise(alias).split(' ').filter(Boolean).map(foldSpelling);
      if (!words.length) continue;
      const caps = isAcronym(alias) ? alias.replace(/\./g, '') : undefined;
      for (let i = 0; i + words.length <= toks.length; i++) {
        if (!words.every((w, j) => toks[i + j]!.norm === w)) continue;
        if (caps && toks[i]!.text.replace(/\./g, '') !== caps) continue;
        const start = toks[i]!.start;
        const end = toks[i + words.length - 1]!.end;
        found.push({ id: entry.id, alias, found: paragraph.slice(start, end), start, end });
      }
    }
  }
  const inside = (a: NameMatch, b: NameMatch) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return found
    .filter((m) => !found.some((o) => inside(m, o)))
    .filter((m, i, all) => all.findIndex((o) => o.id === m.id && o.start === m.start) === i)
    .sort((a, b) => a.start - b.start);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)`;
const DATE = new RegExp(
  [
    `\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?(?!\\d)`,
    `\\b${MONTH}(?:\\s+\\d{4})?(?!\\w)`,
    `\\b(?:${DAYS.join('|')})\\b`,
    `\\b(?:19|20)\\d{2}s?\\b`,
  ].join('|'),
  'g',
);

/** Dates as written: "January 29", "7 February 2024", "January 2020", "2014", "Sunday". */
export function datesIn(paragraph: string): string[] {
  return [...paragraph.matchAll(DATE)].map((m) => m[0]);
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions';
const NUMBER = new RegExp(`\\b(?:\\d[\\d,.]*(?:%| percent)?|(?:${NUMBER_WORDS})(?:-\\w+)?)\\b`, 'gi');

/** Words before a number that change what it claims: "about 40", "more than 170". */
const QUALIFIER = /\b(about|around|over|nearly|almost|some|roughly|at least|at most|more than|fewer than|less than|up to)\s+$/i;

/**
 * Numbers with the word after them and any qualifier before ("three US", "over 170 times"),
 * leaving out those that are part of a date. "one" only counts before a
 * plural-looking word, so "one of the" is not a number.
 */
export function numbersIn(paragraph: string): string[] {
  const dateSpans = [...paragraph.matchAll(DATE)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: string[] = [];
  for (const m of paragraph.matchAll(NUMBER)) {
    if (dateSpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const after = /^\s+([\w’'-]+)/.exec(paragraph.slice(m.index + m[0].length))?.[1];
    if (/^one$/i.test(m[0]) && !/s$/.test(after ?? '')) continue;
    const before = QUALIFIER.exec(paragraph.slice(0, m.index))?.[1];
    out.push([before, m[0], after].filter(Boolean).join(' '));
  }
  return out;
}

/** Capitalised words that begin sentences or are titles, never names by themselves. */
const NOT_NAMES = new Set(
  [
    ...MONTHS,
    ...DAYS,
    'A An The This That These Those It Its He His She Her They Their We Our I In On At Of For From To By With As But And Or If',
    'When While After Before Since During According Initially However Also Meanwhile Yet So Then There Here What Who Why How',
    'Brig Gen Lt Col Maj Sgt Dr Mr Mrs Ms President Prime Minister Author Photo Read More Share Comment Comments Related Copyright',
    // Adjectives of nationality or faith name no one by themselves.
    'Iranian Iraqi Syrian American Israeli Palestinian Lebanese Jordanian Kurdish Arab Arabic Persian Shia Shiite Sunni Western',
  ].flatMap((s) => s.split(' ')),
);
/** Lower-case words that may sit inside a name: "Islamic Resistance in Iraq", "Abu Mahdi al-Muhandis". */
const JOINERS = new Set(['al', 'el', 'bin', 'ibn', 'of', 'in', 'de', 'the']);

/** Words that open a sentence without naming anyone: conjunctions, adverbs, quantities. */
const OPENERS = new Set(
  [
    'Although Though Despite Because Under Over Still Instead Some Many Most Several Both Each Every Other Another Now Later Earlier Last Next',
    'Until Unlike Like Such Amid Among Following Asked Speaking Writing Once Only Even Already Yet Thus Therefore Hence',
    'Nothing Nobody None Everyone Someone Anyone Everything Something',
    // Common nouns a news sentence opens with.
    'Officials Sources Militia Militias Armed Fighters Forces Troops Security Government Police Protesters Residents Witnesses Experts Analysts Leaders',
  ].flatMap((s) => s.split(' ')),
);

/**
 * The words a text uses in lower case ("militia", "designated"): a capitalised
 * one of these that opens a sentence is an ordinary word, not a name.
 */
export function ordinaryWords(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’]*/gu)].map((m) => m[0].toLowerCase()));
}

/**
 * A capitalised word that opens a sentence and is not a name: a listed opener,
 * a word the text also writes in lower case, or an adverb or participle by its
 * ending ("Reportedly", "Designated"; not "-ed" alone, which ends many names).
 */
function isOpener(word: string, ordinary: Set<string>): boolean {
  return (
    OPENERS.has(word) ||
    NOT_NAMES.has(word) ||
    ordinary.has(word.toLowerCase()) ||
    /^\p{Lu}\p{Ll}{2,}(?:(?<!l)ly|ated|ized|ised)$/u.test(word)
  );
}

/** Title case ("Factions Keep Their Truce"): most words capitalised, so in a headline (no closing full stop) capitals tell no names apart. */
function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter(
    (t) => /^\p{L}/u.test(t.text) && !JOINERS.has(t.norm) && !/^(?:a|an|as|at|by|for|on|to|and|or|but)$/i.test(t.text),
  );
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.6;
}

/**
 * Runs of capitalised words that no known name covers: candidates for new
 * actors; none in a headline written in title case. Sentence openers and titles are left out (a word that opens a
 * sentence and is ordinary, by the lists above or because `ordinary`, the text's
 * lower-case words, holds it); joiners such as "al-" and "of" may sit inside a
 * run but never end it.
 */
export function unknownNames(paragraph: string, known: NameMatch[], ordinary: Set<string> = ordinaryWords(paragraph)): string[] {
  const toks = tokens(paragraph);
  if (!/[.!?]["”’)]?\s*$/.test(paragraph) && isTitleCase(toks)) return [];
  const covered = (t: Token) => known.some((k) => t.start >= k.start && t.end <= k.end);
  const runs: Token[][] = [];
  let run: Token[] = [];
  // A sentence opens at the start or after a full stop that does not end a title ("Gen.") or an initial.
  const opensSentence = (t: Token) => {
    const before = paragraph.slice(0, t.start);
    return (
      /(?:^|[.!?:]["”’)]?|\s[–—-])\s*["“‘(]?$/.test(before) && !/\b(?:[A-Z]|Gen|Brig|Lt|Col|Maj|Dr|Mr|Mrs|Ms|St|Sgt)\.\s*$/.test(before)
    );
  };
  const flush = () => {
    while (run.length && JOINERS.has(run.at(-1)!.norm)) run.pop();
    while (run.length && NOT_NAMES.has(run[0]!.text)) run.shift();
    if (run.length && opensSentence(run[0]!) && isOpener(run[0]!.text, ordinary)) run.shift();
    while (run.length && JOINERS.has(run[0]!.norm)) run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of toks) {
    const capital = /^\p{Lu}/u.test(t.text) && !/^\d/.test(t.text);
    const gap = run.length ? paragraph.slice(run.at(-1)!.end, t.start) : '';
    const abbreviation = run.length > 0 && /^(?:[A-Z]|Gen|Brig|Lt|Col|Maj|Dr|Mr|Mrs|Ms|St)$/.test(run.at(-1)!.text);
    if (/[,;:!?()“”"]/.test(gap) || (gap.includes('.') && !abbreviation)) flush();
    if (covered(t)) flush();
    else if (capital) run.push(t);
    else if (run.length && JOINERS.has(t.norm)) run.push(t);
    else flush();
  }
  flush();
  const names = runs.map((r) => paragraph.slice(r[0]!.start, r.at(-1)!.end)).filter((n) => !NOT_NAMES.has(n));
  return [...new Set(names)];
}

/** A written date as `YYYY-MM-DD` or `YYYY-MM`: "February 21, 2024", "21 Feb. 2024", "2024-02-21", "February 2024"; undefined without a year. */
function isoDate(written: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(written.trim());
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const year = /\b((?:19|20)\d{2})\b/.exec(written)?.[1];
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}`, 'i').test(written));
  if (!year || month < 0) return undefined;
  const day = /(?:^|\D)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(written.replace(year, ''))?.[1];
  const mm = String(month + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/**
 * The report's dateline, if it has one: among the first paragraphs, one that is
 * only a date (perhaps after a place or "Published"), or that opens with a place
 * and a full date ("BAGHDAD, 21 February 2024 –"). A year mentioned in the
 * story is never a dateline.
 */
export function datelineOf(paragraphs: string[]): { date: string; paragraph: number; text: string } | undefined {
  for (const [i, p] of paragraphs.slice(0, 5).entries()) {
    const flat = p.replace(/\s+/g, ' ').trim();
    const first = datesIn(flat).find((d) => /\b(?:19|20)\d{2}\b/.test(d) && /\D/.test(d.replace(/\b(?:19|20)\d{2}s?\b/, '').trim()));
    if (!first) continue;
    const at = flat.indexOf(first);
    const lead = flat.slice(0, at);
    const alone = flat.split(' ').length <= 12;
    const opens =
      /^(?:(?:Published|Updated|Posted)(?: on)?:?\s*)?(?:[A-Z][\p{L}.'’ -]*,\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$/u.test(
        lead,
      );
    const date = isoDate(first);
    if (date && opens && (alone || at < 40)) return { date, paragraph: i + 1, text: first };
  }
  return undefined;
}
