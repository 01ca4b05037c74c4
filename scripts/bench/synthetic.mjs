// A deterministic synthetic corpus: N reports with explainers, N/2 actors,
// 2N relationships and N events, valid under the site's schemas and
// cross-checks. Also writes the same corpus as Starlight docs pages.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small seeded PRNG (mulberry32) so every run produces the same corpus. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS =
  'faction council envoy ministry brigade convoy ceasefire statement talks border airport militia strike pause request withdrawal coalition parliament spokesman report'.split(
    ' ',
  );
const TYPES = [
  'commands',
  'leads',
  'member-of',
  'part-of',
  'backs',
  'attacked',
  'struck',
  'met-with',
  'requested',
  'refused',
  'negotiated-with',
  'opposed',
];
const KINDS = ['person', 'armed-group', 'organization', 'government-body', 'state'];
const SIDES = ['iran', 'iraqi-factions', 'iraqi-state', 'us-coalition', 'other'];
const pad = (n) => String(n).padStart(4, '0');

/** Writes the corpus for N reports into `dir/content` (our site) and `dir/starlight/src/content/docs`. */
export function writeSynthetic(dir, n) {
  const r = rng(n);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const sentence = (k) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const nActors = Math.max(10, Math.round(n / 2));
  const c = join(dir, 'content');
  const docs = join(dir, 'starlight', 'src', 'content', 'docs');
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['sources', 'articles', 'actors', 'relationships', 'events', 'eras', 'glossary', 'disagreements', 'pages'])
    mkdirSync(join(c, sub), { recursive: true });
  mkdirSync(join(docs, 'reports'), { recursive: true });
  mkdirSync(join(docs, 'actors'), { recursive: true });
  const src = (i) => `s-${pad(i)}`;
  const act = (i) => `a-${pad(i)}`;
  const cite = () => `${src(1 + Math.floor(r() * n))}:${1 + Math.floor(r() * 12)}`;

  for (let i = 1; i <= n; i++) {
    const gists = Array.from({ length: 12 }, () => `  - ${sentence(8)}.`).join('\n');
    writeFileSync(
      join(c, 'sources', `${src(i)}.yaml`),
      `label: Report ${i}\nheadline: Synthetic report ${i}\npublisher: {value: Outlet ${i % 17}, status: stated, basis: Synthetic.}\nauthor: {status: not-stated, basis: Synthetic.}\npublished: {date: '2024-12-31', status: stated, basis: Synthetic.}\nurl: {value: 'https://example.org/${i}', status: stated, basis: Synthetic.}\nbasedOn: [{name: Agency}]\ntextFile: s${i}.txt\nparagraphs:\n${gists}\n`,
    );
    const points = Array.from({ length: 5 }, () => `  - text: ${sentence(12)}.\n    cite: [${src(i)}:${1 + Math.floor(r() * 12)}]`).join(
      '\n',
    );
    const summary = Array.from({ length: 16 }, () => `${sentence(11)}. <Cite c="${src(i)}:${1 + Math.floor(r() * 12)}" />`).join(' ');
    const a = act(1 + Math.floor(r() * nActors));
    writeFileSync(
      join(c, 'articles', `${src(i)}.mdx`),
      `---\ntitle: Synthetic explainer ${i}\nsource: ${src(i)}\ndescription: ${'A synthetic explainer used to measure how the build scales with the corpus. '.slice(0, 90)}\ndescriptionCite: [${src(i)}:1]\nupdated: '2026-11-22'\nhappened:\n${points}\nwhoswho:\n  - actor: ${a}\n    role: ${sentence(5)}\n    cite: [${src(i)}:2]\n---\n\n## Why it matters\n\n${summary} <Actor id="${a}">Actor</Actor>\n\n## What only this report says\n\n${sentence(30)}. <Cite c="${src(i)}:3" />\n\n## How it frames events\n\n${sentence(30)}. <Cite c="${src(i)}:4" />\n\n## Its sources\n\n${sentence(20)}. <Cite c="${src(i)}:5" />\n`,
    );
    writeFileSync(
      join(docs, 'reports', `${src(i)}.md`),
      `---\ntitle: Synthetic explainer ${i}\ndescription: A synthetic explainer used to measure how the build scales.\n---\n\n## Key points\n\n${Array.from({ length: 5 }, () => `- ${sentence(12)}. [${src(i)}:2]`).join('\n')}\n\n## Summary\n\n${summary.replace(/<Cite c="([^"]+)" \/>/g, '[$1]')}\n\n## What this report adds\n\n${sentence(30)}.\n\n## How it frames events\n\n${sentence(30)}.\n`,
    );
  }
  for (let i = 1; i <= nActors; i++) {
    writeFileSync(
      join(c, 'actors', `${act(i)}.yaml`),
      `name: Actor ${pad(i)}\nupdated: '2026-11-22'\nkind: ${pick(KINDS)}\nside: ${pick(SIDES)}\nshort: Synthetic actor ${i}.\nshortCite: [${cite()}]\nabout:\n  - text: ${sentence(14)}.\n    cite: [${cite()}]\naliases:\n  - name: Akteur ${pad(i)}\n    origin: transliteration\n`,
    );
    writeFileSync(
      join(docs, 'actors', `${act(i)}.md`),
      `---\ntitle: Actor ${pad(i)}\ndescription: Synthetic actor ${i}.\n---\n\n${sentence(14)}.\n\nAlso written: Akteur ${pad(i)}.\n`,
    );
  }
  const rels = [];
  for (let i = 1; i <= 2 * n; i++) {
    const from = 1 + Math.floor(r() * nActors);
    let to = 1 + Math.floor(r() * nActors);
    if (to === from) to = (to % nActors) + 1;
    rels.push(`- id: r-${pad(i)}\n  from: ${act(from)}\n  type: ${pick(TYPES)}\n  to: ${act(to)}\n  cite: [${cite()}]`);
  }
  // Every actor gets at least one relationship.
  for (let i = 1; i <= nActors; i++)
    rels.push(`- id: ring-${pad(i)}\n  from: ${act(i)}\n  type: backs\n  to: ${act((i % nActors) + 1)}\n  cite: [${cite()}]`);
  writeFileSync(join(c, 'relationships', 'all.yaml'), rels.join('\n') + '\n');
  const events = Array.from({ length: n }, (_, i) => {
    const y = 2020 + (i % 5);
    const m = String(1 + (i % 12)).padStart(2, '0');
    return `- id: e-${pad(i + 1)}\n  date: '${y}-${m}'\n  title: ${sentence(5)}\n  summary: ${sentence(16)}.\n  actors: [${act(1 + Math.floor(r() * nActors))}]\n  cite: [${cite()}]`;
  });
  writeFileSync(join(c, 'events', 'all.yaml'), events.join('\n') + '\n');
  // One open-ended period: the timeline groups every synthetic event under it.
  writeFileSync(join(c, 'eras', 'all.yaml'), '- id: all\n  title: Every dated event\n');
  writeFileSync(
    join(c, 'glossary', 'terms.yaml'),
    Array.from({ length: 20 }, (_, i) => `- id: t-${i}\n  term: Term ${i}\n  definition: ${sentence(14)}.\n  cite: [${cite()}]`).join(
      '\n',
    ) + '\n',
  );
  writeFileSync(
    join(c, 'disagreements', 'all.yaml'),
    Array.from(
      { length: 10 },
      (_, i) =>
        `- id: d-${i}\n  topic: Topic ${i}\n  category: count\n  kind: detail\n  positions:\n    - claim: One.\n      cite: [${cite()}]\n    - claim: Two.\n      cite: [${cite()}]`,
    ).join('\n') + '\n',
  );
  for (const page of ['synthesis', 'about']) {
    writeFileSync(
      join(c, 'pages', `${page}.mdx`),
      `---\ntitle: Synthetic ${page}\ndescription: A synthetic long-form page used only to measure the build.\nupdated: '2026-11-22'\n---\n\n## Summary\n\n${sentence(40)}. <Cite c="${src(1)}:2" />\n`,
    );
  }
  writeFileSync(
    join(docs, 'index.md'),
    `---\ntitle: Synthetic corpus\ndescription: The synthetic corpus built with Starlight.\n---\n\n${sentence(40)}.\n`,
  );
  return { reports: n, actors: nActors, relationships: rels.length, events: n };
}
