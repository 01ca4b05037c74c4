/**
 * Finds prose that repeats a reference text word for word: every run of `n` or
 * more consecutive words that also stands in one of the texts, outside a short
 * quotation. Words are compared as the shared overlap tool compares them (lower
 * case, curly apostrophes straight, punctuation dropped), so anything that tool
 * flags at `n` words is flagged here too. Knows nothing of the corpus: texts
 * and prose come in as plain strings.
 */

/** Longest quotation (in words) that counts as a short attributed quote rather than copied prose. */
const MAX_QUOTE_WORDS = 30;

/** A word as compared: "Kata’ib," → "kata'ib". */
const compareForm = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9']/g, '')
    .replace(/^'+|'+$/g, '');

/** The words of a text with the line (from 1) each stands on. */
function wordsOf(text: string): { w: string; line: number }[] {
  const out: { w: string; line: number }[] = [];
  let line = 1;
  for (const m of text.matchAll(/\S+|\n/g)) {
    if (m[0] === '\n') {
      line++;
      continue;
    }
    const w = compareForm(m[0]);
    if (w) out.push({ w, line });
  }
  return out;
}

/**
 * The text with short quotations blanked out (newlines kept, so line numbers
 * hold): a span in straight or curly double quotes, `<q>` or `<Quote>`, of at
 * most MAX_QUOTE_WORDS words. A quoted YAML/JSON/JSX value (after `:`, `=`, a
 * bracket or a list dash) is not a quotation and stays.
 */
function dropQuotations(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const isShort = (s: string) => s.split(/\s+/).filter(Boolean).length <= MAX_QUOTE_WORDS;
  const tags = text.replace(/<(q|Quote)\b[^>]*>([\s\S]*?)<\/\1>/g, (all, _t: string, inner: string) => (isShort(inner) ? blank(all) : all));
  return tags.replace(/(["“])([^"“”\n]{1,400})(["”])/g, (all: string, _o: string, inner: string, _c: string, at: number, whole: string) => {
    const before = whole.slice(whole.lastIndexOf('\n', at - 1) + 1, at);
    const isValue = /[:=[,{(]\s*$/.test(before) || /^\s*-\s*$/.test(before);
    return isValue || !isShort(inner) ? all : blank(all);
  });
}

/** A reference text: its name and its paragraphs (paragraph N is `[N - 1]`). */
export interface ReferenceText {
  name: string;
  paragraphs: string[];
}

/** A copied run: the words as compared, the line it starts on, and where in which text it stands. */
export interface CopiedRun {
  words: string[];
  line: number;
  text: string;
  paragraph: number;
}

/** An index of every `n`-word run of the reference texts, to look prose up in. */
export class CopyIndex {
  private readonly grams = new Map<string, { text: string; paragraph: number }>();

  constructor(
    texts: ReferenceText[],
    readonly n: number,
  ) {
    for (const t of texts) {
      // Runs may cross paragraph breaks, as the words do in the text; each is placed at its first word.
      const words = t.paragraphs.flatMap((p, i) => wordsOf(p).map(({ w }) => ({ w, paragraph: i + 1 })));
      for (let i = 0; i + n <= words.length; i++) {
        const key = words
          .slice(i, i + n)
          .map((x) => x.w)
          .join(' ');
        if (!this.grams.has(key)) this.grams.set(key, { text: t.name, paragraph: words[i]!.paragraph });
      }
    }
  }

  /** Every run of `n` or more words of `prose` (quotations left out) found in a reference text, longest first at each place. */
  find(prose: string): CopiedRun[] {
    const ws = wordsOf(dropQuotations(prose));
    const key = (from: number) =>
      ws
        .slice(from, from + this.n)
        .map((x) => x.w)
        .join(' ');
    const out: CopiedRun[] = [];
    let i = 0;
    while (i + this.n <= ws.length) {
      const hit = this.grams.get(key(i));
      if (!hit) {
        i++;
        continue;
      }
      let end = i + this.n;
      while (end < ws.length && this.grams.has(key(end - this.n + 1))) end++;
      out.push({ words: ws.slice(i, end).map((x) => x.w), line: ws[i]!.line, text: hit.text, paragraph: hit.paragraph });
      i = end;
    }
    return out;
  }
}
