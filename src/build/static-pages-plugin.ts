/**
 * Writes the pages without JavaScript into the build (see
 * src/build/static-pages/), from data/ and its translations, read and checked
 * as the app reads them. Settings, from the build's environment:
 *   SITE_URL            the site's absolute address; adds absolute canonical
 *                       and og:url addresses and a sitemap.xml
 *   STATIC_PAGES_LIMIT  most incidents to write pages for (default 5000;
 *                       "all", or "off"); above it, a notice page only
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { buildCountries } from '../data/basemap/build-basemap.ts';
import { DATA_FILES, type RawDataset } from '../data/dataset.ts';
import { validateDataset } from '../data/validate.ts';
import { readTranslationDir } from './translation-files.ts';
import { pageChangelog } from './changelog-files.ts';
import {
  generateStaticPages,
  noticePages,
  normaliseSiteUrl,
  pageLimitFrom,
  type StaticPages,
} from './static-pages/generate.ts';

const require = createRequire(import.meta.url);

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** How many incidents the raw file lists, without validating them (cheap, so a huge dataset is not checked twice). */
function rawCount(raw: unknown): number {
  const list = (raw as { incidents?: unknown } | undefined)?.incidents;
  return Array.isArray(list) ? list.length : 0;
}

function fullPages(
  raw: RawDataset,
  opts: { siteUrl: string | null; css: string; limit: number; dataDir: string },
  warn: (message: string) => void,
): StaticPages {
  const { dataset, issues } = validateDataset(raw);
  if (issues.length > 0) warn(`static pages skip ${issues.length} invalid record(s) (see npm run data:check)`);
  const translations = readTranslationDir(opts.dataDir);
  if (translations.issues.length > 0)
    warn(`static pages skip ${translations.issues.length} invalid translation(s) (see npm run data:check)`);
  const detailed = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const coarse = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  return generateStaticPages(dataset, {
    ...opts,
    countries: buildCountries(detailed, coarse),
    translations: translations.files,
    changelog: pageChangelog(opts.dataDir),
  });
}

export function staticPagesPlugin(root: string): Plugin {
  return {
    name: 'static-pages',
    apply: 'build',
    // Written straight to the output folder rather than emitted into the bundle, so the build's
    // file listing stays about the app and hundreds of pages do not sit in the bundler's memory.
    writeBundle(output) {
      const outDir = output.dir ?? join(root, 'dist');
      const started = performance.now();
      const siteUrl = normaliseSiteUrl(process.env['SITE_URL']);
      if (process.env['SITE_URL'] && !siteUrl)
        this.warn(`SITE_URL "${process.env['SITE_URL']}" is not an http(s) address; ignored`);
      const limit = pageLimitFrom(process.env['STATIC_PAGES_LIMIT']);
      const dataDir = join(root, 'data');
      const raw: Partial<RawDataset> = {};
      try {
        for (const { key, file } of DATA_FILES) raw[key] = readJson(join(dataDir, file));
        const css = readFileSync(join(root, 'src/build/static-pages/pages.css'), 'utf8');
        const count = rawCount(raw.incidents);
        const head = (raw.incidents ?? {}) as { version?: unknown; updated?: unknown };
        const result =
          count > limit
            ? noticePages(
                {
                  version: String(head.version ?? ''),
                  updated: String(head.updated ?? ''),
                  incidents: { length: count },
                },
                { siteUrl, css, limit },
              )
            : fullPages(raw as RawDataset, { siteUrl, css, limit, dataDir }, (message) => this.warn(message));
        let bytes = 0;
        for (const [fileName, source] of result.files) {
          bytes += Buffer.byteLength(source);
          const target = join(outDir, fileName);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, source);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const size = (bytes / 1_000_000).toFixed(1);
        console.log(
          result.skipped
            ? `static pages: skipped (${result.skipped}); notice pages only (set STATIC_PAGES_LIMIT to change)`
            : `static pages: ${result.pages} pages, ${size} MB in ${seconds} s`,
        );
      } catch (error) {
        this.warn(`static pages not generated: ${(error as Error).message}`);
      }
    },
  };
}
