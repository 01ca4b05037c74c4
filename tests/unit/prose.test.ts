import { describe, expect, test } from 'vitest';
import { prose, typographic } from '@/schemas/prose';

describe('typographic quotation marks', () => {
  test.each([
    ["Iraq's Iran-aligned armed factions", 'Iraq’s Iran-aligned armed factions'],
    ["Kata'ib Hezbollah", 'Kata’ib Hezbollah'],
    ["the factions' actions", 'the factions’ actions'],
    ['an umbrella group of "the hardline factions" vowed', 'an umbrella group of “the hardline factions” vowed'],
    ['calls him "Gen." or "General".', 'calls him “Gen.” or “General”.'],
    ['capitalise it ("Iraqi Militias").', 'capitalise it (“Iraqi Militias”).'],
    ['the headline — "Defy Iran" — says', 'the headline — “Defy Iran” — says'],
    ['"quoted at the start", then', '“quoted at the start”, then'],
    ["a nested 'inner' quote", 'a nested ‘inner’ quote'],
    ['"\'single\' inside"', '“‘single’ inside”'],
    ["the '90s", 'the ’90s'],
    ['line one\n"line two"', 'line one\n“line two”'],
  ])('%s', (typed, set) => expect(typographic(typed)).toBe(set));

  test('text already set, or without marks, comes back as it is', () => {
    for (const t of ['Iraq’s “armed” factions', 'no marks at all', '']) expect(typographic(t)).toBe(t);
  });
});

test('a prose field keeps its limits and sets its marks', () => {
  expect(prose().parse("Iraq's")).toBe('Iraq’s');
  expect(prose().safeParse('').success).toBe(false);
});
