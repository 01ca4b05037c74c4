/**
 * Where the site's own font files live: the diagram font the engine measures labels with (and
 * readers download), and the social cards' subset. One place, so the engine, its fingerprint, the
 * cards and the browser-based engine used by the parity test cannot look in different folders.
 *
 * Only erasable TypeScript here: a diagram worker imports it straight from source.
 */
import { join } from 'node:path';

/** The fonts folder, from the project root the build runs in. */
export const fontDir = (): string => join(process.cwd(), 'src', 'assets', 'fonts');
