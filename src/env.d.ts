/** What one page render shares between its layout and its components: the page's citation registry. */
declare namespace App {
  interface Locals {
    citations?: import('@/lib/cite-notes').CitationRegistry;
  }
}
