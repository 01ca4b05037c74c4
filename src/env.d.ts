/** What one page render shares between its layout and its components. */
declare namespace App {
  type CitationLocals = import('@/lib/cite-notes').CitationLocals;
  interface Locals extends CitationLocals {}
}
