/** The one way an explainer's summary is found, by the build's checks and the tests alike. */
import { describe, expect, test } from 'vitest';
import { section } from '@/lib/markdown';

describe('a section of an MDX body', () => {
  test('is the text under its h2 up to the next h2, trimmed', () => {
    expect(section('Intro\n\n## Summary\n\nOne.\n\nTwo.\n\n## What it adds\n\nMore.', 'Summary')).toBe('One.\n\nTwo.');
  });
  test('runs to the end when it is the last section, and is empty when missing or empty', () => {
    expect(section('## Summary\nLast.\n', 'Summary')).toBe('Last.');
    expect(section('## Summary\n\n## Next\nx', 'Summary')).toBe('');
    expect(section('## Summary of events\nx', 'Summary'), 'a longer heading is another section').toBe('');
    expect(section('### Summary\nx', 'Summary'), 'an h3 is not the section').toBe('');
  });
});
