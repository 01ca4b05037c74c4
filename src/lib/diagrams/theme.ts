/**
 * Mermaid configuration shared by every diagram. Colours here are only
 * placeholders: the SVG is restyled by the site's CSS (see diagrams.css) so
 * one SVG reads well in light and dark schemes.
 */
export const mermaidConfig = {
  startOnLoad: false,
  theme: 'base',
  securityLevel: 'loose',
  htmlLabels: false,
  look: 'classic',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  flowchart: { htmlLabels: false, curve: 'basis', nodeSpacing: 28, rankSpacing: 48, padding: 8, useMaxWidth: true },
  timeline: { disableMulticolor: true, useMaxWidth: true },
  gantt: { useMaxWidth: true },
} as const;
