/**
 * "Cite this page" in four styles, from the page's title, address and the
 * last-updated date recorded in its content (so the output is deterministic).
 */
import type { PartialDate } from '@/schemas/common';
import { MONTHS } from '@/lib/dates';

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface CiteInput {
  title: string;
  site: string;
  url: string;
  updated: PartialDate;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

/** Formats the four citations. Dates keep the precision the content gives. */
export function citePage({ title, site, url, updated }: CiteInput): Citations {
  const [y, m, d] = updated.value.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  const day = d ? Number(d) : undefined;
  const apaDate = [y, [month, day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const mlaDate = [day, m ? MLA_MONTHS[Number(m) - 1] : undefined, y].filter(Boolean).join(' ');
  const chicagoDate = month ? `${month}${day ? ` ${day}` : ''}, ${y}` : y;
  const key = `${url.replace(/\/$/, '').split('/').pop() || 'home'}-${y}`.replace(/[^a-z0-9-]/gi, '');
  return {
    apa: `${title}. (${apaDate}). ${site}. ${url}`,
    mla: `“${title}.” ${site}, ${mlaDate}, ${url}.`,
    chicago: `“${title}.” ${site}. Last modified ${chicagoDate}. ${url}.`,
    bibtex: [
      `@misc{${key},`,
      `  title = {${title.replace(/[{}]/g, '')}},`,
      `  author = {{${site}}},`,
      `  year = {${y}},`,
      ...(month ? [`  month = {${month}},`] : []),
      `  howpublished = {\\url{${url}}},`,
      `  note = {Last updated ${updated.value}}`,
      `}`,
    ].join('\n'),
  };
}
