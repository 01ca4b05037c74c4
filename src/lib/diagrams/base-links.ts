/**
 * Diagrams are drawn and cached with links from the site root, so a build for
 * a sub-path (`BASE_PATH=/explainer/`) hits the same cache as the root build
 * instead of rendering every diagram again; the base is put back into the SVG.
 */

/** The mermaid source with `click … href "<base>…"` links made root-relative. */
export function rootLinks(code: string, base: string): string {
  return base === '/' ? code : code.replaceAll(`href "${base}`, 'href "/');
}

/** The rendered SVG with its root-relative links moved under the base. */
export function baseLinks(svg: string, base: string): string {
  return base === '/' ? svg : svg.replace(/(<a\b[^>]*?\s(?:xlink:)?href=")\/(?!\/)/g, `$1${base}`);
}
