/** The one fontkit call the diagram text metrics use (fontkit ships no types). */
declare module 'fontkit' {
  export function create(buffer: Uint8Array): unknown;
}
