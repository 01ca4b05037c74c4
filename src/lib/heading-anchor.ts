/**
 * The "#" link every linkable section heading (h2 or h3 with an id) carries to
 * itself: one shape for headings written in Markdown (the rehype plugin) and in
 * templates (`HeadingAnchor.astro`).
 */

/** The class of the link; the contents list leaves it out of a heading's text. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

/** What a screen reader announces for the link. */
export const headingAnchorLabel = (heading: string) => `Link to the section “${heading.replace(/\s+/g, ' ').trim()}”`;
