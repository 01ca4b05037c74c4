// cd tree; npx node [--cpu-prof] /work/helpers/inthread.mts count
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.cwd();
const { fasterMermaidConfigCopy, assertConfigCopy } = await import(join(root, 'src/lib/diagrams/dom/config-copy.ts'));
const { installDiagramDom } = await import(join(root, 'src/lib/diagrams/dom/svg-dom.ts'));
const { loadDiagramFonts } = await import(join(root, 'src/lib/diagrams/dom/text-metrics.ts'));
const { mermaidConfig } = await import(join(root, 'src/lib/diagrams/theme.ts'));
const env = installDiagramDom(loadDiagramFonts(join(root, 'src/assets/fonts')));
fasterMermaidConfigCopy();
const mermaid = (await import('mermaid')).default as any;
assertConfigCopy();
mermaid.initialize(mermaidConfig);
const files = readdirSync('/work/helpers/mmd').sort().filter((f) => !process.env.ONLY || readFileSync(join('/work/helpers/mmd', f), 'utf8').includes('layout: dagre') === (process.env.ONLY === 'phone')).slice(0, Number(process.argv[2] ?? 150));
const c0 = process.cpuUsage(); const t = performance.now();
let phone = 0, wide = 0, tp = 0, tw = 0;
for (const f of files) {
  const code = readFileSync(join('/work/helpers/mmd', f), 'utf8');
  const c1 = process.cpuUsage();
  await mermaid.render('x', code);
  const dc = process.cpuUsage(c1); const ms = (dc.user + dc.system) / 1000;
  if (code.includes('layout: dagre')) { phone++; tp += ms; } else { wide++; tw += ms; }
  env.document.getElementById('x')?.remove(); env.document.getElementById('dx')?.remove(); env.document.body.replaceChildren();
  for (const sheet of [...env.document.styleSheets]) { const o = sheet.ownerNode; if (o && !o.isConnected) o.textContent = ''; }
}
const c = process.cpuUsage(c0);
console.log('cpu ms/diagram', ((c.user + c.system) / 1000 / files.length).toFixed(1), 'wall', ((performance.now() - t) / files.length).toFixed(1), 'phone', phone, (tp / phone).toFixed(1), 'wide', wide, (tw / wide).toFixed(1));
