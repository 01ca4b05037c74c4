/** How a relationship reads in a list: its detail joined to it, and its dates said once. */
import { describe, expect, test } from 'vitest';
import { detailJoiner, spanAfterDetail } from '@/data/relationship-text';

describe('relationship text', () => {
  test('a date the detail already states is not repeated after it', () => {
    expect(spanAfterDetail('from 2014', 'sent in 2014 against Islamic State'), 'a reader would read "2014" twice').toBe('');
    expect(spanAfterDetail('until January 2020', 'commander of the Quds Force until he was killed in January 2020')).toBe('');
    expect(spanAfterDetail('9 July 2021', 'retelling the AP report (piece dated 9 July 2021 by its address)')).toBe('');
  });

  test('a date the detail does not state is kept, and a part of a date is not the date', () => {
    expect(spanAfterDetail('until February 2024', 'a senior commander')).toBe('until February 2024');
    expect(spanAfterDetail('February 2024', '7 February per Antiwar.com, 8 February per The New Arab')).toBe('February 2024');
    expect(spanAfterDetail('2014', 'in 20145')).toBe('2014');
    expect(spanAfterDetail('9 July 2021', 'on 19 July 2021')).toBe('9 July 2021');
    expect(spanAfterDetail('', 'anything')).toBe('');
    expect(spanAfterDetail('from 2014', undefined)).toBe('from 2014');
  });

  test('a detail that continues the sentence follows with a space, any other with a dash', () => {
    expect(detailJoiner('to suspend attacks')).toBe(' ');
    expect(detailJoiner('IRIA calls it Iran-backed')).toBe(' — ');
  });
});
