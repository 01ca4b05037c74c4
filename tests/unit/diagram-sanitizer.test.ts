/**
 * Labels holding markup are sanitised by mermaid's DOMPurify. The emulated DOM gives DOMPurify the
 * node getters it looks up when first imported, then takes them off the prototype (they slowed
 * every node's construction); a label must come out of the sanitiser as it did before.
 */
import { expect, test } from 'vitest';
import { useDiagramDom } from './diagram-dom-env';

const dom = useDiagramDom();

test('a DOMPurify made before the getters leave the prototype still sanitises nested markup', async () => {
  const env = dom();
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
