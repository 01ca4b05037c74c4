/**
 * The emulated diagram DOM for one test file: installed before its tests, and globalThis given
 * back as it was after them, so the files that share its worker see no window or document.
 */
import { afterAll, beforeAll } from 'vitest';
import { installDiagramDom } from '@/lib/diagrams/dom/svg-dom';
import { loadDiagramFonts } from '@/lib/diagrams/dom/text-metrics';

export function useDiagramDom(): () => ReturnType<typeof installDiagramDom> {
  const before = Object.getOwnPropertyDescriptors(globalThis);
  let env: ReturnType<typeof installDiagramDom> | undefined;
  beforeAll(() => {
    env = installDiagramDom(loadDiagramFonts());
  });
  afterAll(() => {
    for (const key of Reflect.ownKeys(globalThis)) if (!(key in before)) Reflect.deleteProperty(globalThis, key);
    for (const [key, d] of Object.entries(before)) if (d.configurable) Object.defineProperty(globalThis, key, d);
  });
  return () => env!;
}
