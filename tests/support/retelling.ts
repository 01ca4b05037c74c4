/**
 * Measures how often a page tells the same thing twice: a sentence "retells"
 * another when most of its content words reappear in one sentence of a
 * different section. Generic text helpers; they know nothing of the corpus.
 */

/** A titled block of plain text (one section of a page). */
export interface TextSection {
  name: string;
  text: string;
}

/** One sentence that another section already tells, with the sentence it repeats. */
export interface Retelling {
  section: string;
  sentence: string;
  other: string;
  otherSection: string;
  score: number;
}

// Function words carry no fact; without them two sentences about different
// things would look alike.
const STOP = new Set(
  'the a an and or but of in on at to for from by with as is are was were be been has had have it its this that these those which who whom whose what when where while than then there their they them he his him she her we our us you your not no nor so if also only one after before since into over under about says said say report reports piece text'.split(
    ' ',
  ),
);

/** The content words of a sentence, lower-cased, with a crude plural/possessive fold. */
function contentWords(sentence: string): Set<string> {
  const words = sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9][a-z0-9'-]*/g);
  const out = new Set<string>();
  for (const raw of words ?? []) {
    const w = raw.replace(/'s$/, '').replace(/'$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.length > 4 ? w.replace(/(es|s)$/, '') : w);
  }
  return out;
}

/** Splits plain text into sentences (at ., ! or ? followed by a capital or a quote). */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => contentWords(s).size >= 3);
}

/** Share of words the two sets have in common (Jaccard index). */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Every sentence that retells a sentence of another section: their word sets
 * overlap by at least `threshold` (Jaccard). Returns the retellings and the
 * number of sentences measured.
 */
export function retellings(sections: TextSection[], threshold = 0.4): { total: number; retold: Retelling[] } {
  const all = sections.flatMap((s) => sentences(s.text).map((text) => ({ section: s.name, text, words: contentWords(text) })));
  const retold: Retelling[] = [];
  for (const s of all) {
    let best: { other: (typeof all)[number]; score: number } | undefined;
    for (const o of all) {
      if (o.section === s.section) continue;
      const score = overlap(s.words, o.words);
      if (score >= threshold && (!best || score > best.score)) best = { other: o, score };
    }
    if (best)
      retold.push({ section: s.section, sentence: s.text, other: best.other.text, otherSection: best.other.section, score: best.score });
  }
  return { total: all.length, retold };
}
