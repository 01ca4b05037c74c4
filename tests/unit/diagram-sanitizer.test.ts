/**
 * Labels holding markup are sanitised by mermaid's DOMPurify. The emulated DOM gives DOMPurify the
 * node getters it looks up when first imported, then takes them off the prototype (they slowed
 * every node's construction); a label must come out of the sanitiser as it did before.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { installDiagramDom } from '@/lib/diagrams/dom/svg-dom';
import { loadDiagramFonts } from '@/lib/diagrams/dom/text-metrics';

let env: ReturnType<typeof installDiagramDom>;
const before = Object.getOwnPropertyDescriptors(globalThis);
beforeAll(() => {
  env = installDiagramDom(loadDiagramFonts());
});
afterAll(() => {
  for (const key of Reflect.ownKeys(globalThis)) if (!(key in before)) Reflect.deleteProperty(globalThis, key);
  for (const [key, d] of Object.entries(before)) if (d.configurable) Object.defineProperty(globalThis, key, d);
});

test('a DOMPurify made before the getters leave the prototype still sanitises nested markup', async () => {
  const { default: createDOMPurify } = await import('dompurify');
  const DOMPurify = createDOMPurify(env.window);
  env.sanitizerLoaded();
  expect(Object.getOwnPropertyDescriptor(env.window.Node.prototype, 'parentNode'), 'the getter is off the prototype').toBeUndefined();
  expect(
    DOMPurify.sanitize(
      '<b>Kata<i onclick="x()">ib</i></b> <img src=x onerror=y> <script>z</script>&amp; <span><a href="javascript:w">v</a></span>',
    ),
  ).toBe('<b>Kata<i>ib</i></b> <img src="x"> &amp; <span><a>v</a></span>');
  const p = env.document.createElement('p');
  p.append(env.document.createTextNode('t'));
  expect([p.nodeType, p.firstChild?.parentNode === p, p.ownerDocument === env.document], 'nodes made afterwards').toEqual([1, true, true]);
});
