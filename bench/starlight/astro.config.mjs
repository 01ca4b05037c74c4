// The comparison site: the same synthetic corpus built with Starlight's defaults.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  srcDir: process.env.STARLIGHT_SRC,
  outDir: process.env.STARLIGHT_OUT,
  cacheDir: process.env.STARLIGHT_CACHE,
  integrations: [starlight({ title: 'Synthetic corpus' })],
});
