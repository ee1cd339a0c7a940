/**
 * Ships the canonical dataset (data/*.json) and the generated offline basemap
 * with the app, so every byte the app needs comes from its own origin.
 * Dev and preview serve them through middleware; the build emits them as files.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin, Connect } from 'vite';
import { buildBorders, buildCountries } from '../data/basemap/build-basemap.ts';
import { cspString, securityHeaders, withRemoteBasemap } from './csp.ts';
import { attestDataFiles } from './attest-data.ts';
import { shippedChangelog } from './changelog-files.ts';

const require = createRequire(import.meta.url);
/** The media type Apache Arrow registered for its IPC file format. */
const ARROW_TYPE = 'application/vnd.apache.arrow.file';

function basemapFiles(): Record<string, string> {
  const detailed = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const coarse = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  return {
    'basemap/countries.json': JSON.stringify(buildCountries(detailed, coarse)),
    'basemap/borders.json': JSON.stringify(buildBorders(detailed)),
  };
}

/**
 * The data folder as shipped: checked, normalised and vouched for by a
 * manifest when it is clean. Checked again only when a file changed, so the
 * dev server shows edits on reload without re-validating on every request.
 */
function shippedData(dataDir: string): () => Record<string, string | Uint8Array> {
  let signature = '';
  let shipped: Record<string, string | Uint8Array> = {};
  return () => {
    if (!existsSync(dataDir)) return {};
    const translationsDir = join(dataDir, 'translations');
    const names = [
      ...readdirSync(dataDir).filter((name) => name.endsWith('.json')),
      // Translations of the dataset's text, one file per language.
      ...(existsSync(translationsDir) ? readdirSync(translationsDir) : [])
        .filter((name) => name.endsWith('.json'))
        .map((name) => `translations/${name}`),
    ];
    const stats = names.map((name) => {
      const s = statSync(join(dataDir, name));
      return `${name}:${s.size}:${s.mtimeMs}`;
    });
    if (stats.join('|') === signature) return shipped;
    signature = stats.join('|');
    const texts = Object.fromEntries(names.map((name) => [name, readFileSync(join(dataDir, name), 'utf8')]));
    const { files, unattested } = attestDataFiles(texts);
    if (unattested) console.warn(`data/ ships without a manifest, browsers will validate it: ${unattested}`);
    shipped = Object.fromEntries(Object.entries(files).map(([name, text]) => [`data/${name}`, text]));
    return shipped;
  };
}

export function staticDataPlugin(root: string): Plugin {
  const remoteOrigins = (process.env['VITE_REMOTE_BASEMAP_ORIGINS'] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const policy = withRemoteBasemap(remoteOrigins);
  const dataDir = join(root, 'data');
  let basemap: Record<string, string> | null = null;
  const basemapOnce = () => (basemap ??= basemapFiles());
  const records = shippedData(dataDir);
  // The changelog is fetched only when a reader asks what changed (or a link from an older version needs it).
  const changelog = shippedChangelog(dataDir);
  const data = () => ({ ...records(), ...changelog() });
  const files = () => ({ ...basemapOnce(), ...data() });
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
    const body = path.startsWith('data/')
      ? data()[path]
      : path.startsWith('basemap/')
        ? basemapOnce()[path]
        : undefined;
    if (body === undefined) return next();
    res.setHeader(
      'Content-Type',
      path.endsWith('.arrow')
        ? ARROW_TYPE
        : path.endsWith('.md')
          ? 'text/markdown; charset=utf-8'
          : 'application/json; charset=utf-8',
    );
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
  return {
    name: 'static-data',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      // The preview server behaves like a well-configured host.
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(securityHeaders(policy))) res.setHeader(name, value);
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the build gets the meta policy: the dev server injects inline scripts for hot reload.
        if (ctx.server) return html;
        return html.replace(
          '<meta name="referrer" content="no-referrer" />',
          `<meta name="referrer" content="no-referrer" />\n    <meta http-equiv="Content-Security-Policy" content="${cspString(policy)}" />`,
        );
      },
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
