/**
 * Mermaid configuration shared by every diagram. Colours here are only
 * placeholders: the SVG is restyled by the site's CSS (src/styles/diagrams.css) so
 * one SVG reads well in light and dark schemes.
 */
export const mermaidConfig = {
  startOnLoad: false,
  theme: 'base',
  securityLevel: 'loose',
  htmlLabels: false,
  look: 'classic',
  // Some shapes (the stadium used for events) are drawn with seeded randomness; a fixed seed keeps builds byte-identical.
  handDrawnSeed: 1,
  // Flowcharts are recoloured by the site's CSS; these colours serve the other
  // diagram types (the timeline), which keep mermaid's own stylesheet on a light card.
  themeVariables: {
    primaryColor: '#f6e4dc',
    primaryTextColor: '#1d1c1a',
    primaryBorderColor: '#8a2a12',
    lineColor: '#4d4a44',
    secondaryColor: '#eef3f8',
    tertiaryColor: '#f4f1ea',
    cScale0: '#f6e4dc',
    cScale1: '#eef3f8',
    cScale2: '#eef6ee',
    cScale3: '#f4f1ea',
    cScaleLabel0: '#1d1c1a',
    cScaleLabel1: '#1d1c1a',
    cScaleLabel2: '#1d1c1a',
    cScaleLabel3: '#1d1c1a',
  },
  fontSize: 16,
  fontFamily: '"Diagram Sans", "DejaVu Sans Condensed", sans-serif',
  flowchart: { wrappingWidth: 1000, htmlLabels: false, curve: 'basis', nodeSpacing: 20, rankSpacing: 24, padding: 8, useMaxWidth: true },
  timeline: { disableMulticolor: false, useMaxWidth: true },
  gantt: { useMaxWidth: true },
} as const;
