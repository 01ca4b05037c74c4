/**
 * Renders hand-written ```mermaid blocks in Markdown/MDX to inline SVG with the
 * build's single renderer. A block must be followed by a list: the diagram's
 * text equivalent (search does not index SVG text). A diagram that does not
 * parse, or lacks its text equivalent, fails the build naming the file; one
 * too wide for a phone column at 12 px labels makes the build warn, naming it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderDiagram } from '../lib/diagrams/index.ts';
import { phoneFitProblem } from '../lib/diagrams/svg.ts';

const text = (n: ElementContent): string => ('value' in n ? n.value : 'children' in n ? n.children.map(text).join('') : '');

export function rehypeMermaid() {
  return async (tree: Root, file: VFile) => {
    const jobs: Promise<void>[] = [];
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const cls = code?.properties?.className;
      if (!code || !Array.isArray(cls) || !cls.includes('language-mermaid')) return;
      const source = text(code).trim();
      const where = file.path ?? 'a Markdown file';
      const next = parent.children.slice(index + 1).find((c) => c.type === 'element');
      if (!next || next.type !== 'element' || !['ul', 'ol'].includes(next.tagName)) {
        throw new Error(`${where}: mermaid diagram: must be followed by a list giving its text equivalent`);
      }
      const title = /^\s*%%\s*title:\s*(.+)$/m.exec(source)?.[1] ?? 'Diagram';
      jobs.push(
        renderDiagram(source, where, { title, description: 'The list after the diagram gives the same information as text.' }).then(
          (svg) => {
            const problem = phoneFitProblem(svg);
            if (problem) console.warn(`[diagrams] warning: ${where}: mermaid diagram "${title}" ${problem}`);
            const figure: Element = {
              type: 'element',
              tagName: 'figure',
              properties: { className: ['diagram'] },
              children: [
                {
                  type: 'element',
                  tagName: 'section',
                  properties: { className: ['diagram-scroll'], tabIndex: 0, ariaLabel: `${title} (diagram)` },
                  children: fromHtml(svg, { fragment: true, space: 'svg' }).children as ElementContent[],
                },
              ],
            };
            parent.children[index] = figure;
          },
        ),
      );
    });
    await Promise.all(jobs);
  };
}
