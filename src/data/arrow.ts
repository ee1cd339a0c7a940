/**
 * The packed columns as an Apache Arrow IPC file (`incidents.arrow`): the
 * build writes it beside incidents.json, and the data worker reads it without
 * parsing a single record, because Arrow's buffers are laid out as the
 * columns are. Data tools (pandas, R, DuckDB) open the same file. The ids of
 * places, actors and cases that the columns index go into the file's
 * metadata, so a file that does not fit the dataset beside it is refused.
 */
import {
  Field,
  Float64,
  Int32,
  List,
  makeData,
  makeVector,
  Schema,
  Table,
  tableFromIPC,
  tableToIPC,
  Uint16,
  Uint32,
  Uint8,
  Utf8,
  type Data,
  type DataType,
} from 'apache-arrow';
import { TEXT_FIELDS, type PackedIncidents, type PackedNames, type TextColumn } from './packed.ts';

export const PACKED_FILE = 'incidents.arrow';
const FORMAT = 'kz-incidents-packed/1';

export interface PackedFileMeta extends PackedNames {
  version: string;
}

/** What incidents.json holds besides its records, carried in the file so that one need not be downloaded. */
export interface PackedFileHead {
  version: string;
  updated: string;
  redirects: unknown[];
}

const int32 = (a: Uint32Array) => new Int32Array(a.buffer, a.byteOffset, a.length);
const uint32 = (a: Int32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

function textData(col: TextColumn): Data<Utf8> {
  return makeData({
    type: new Utf8(),
    length: col.offsets.length - 1,
    valueOffsets: int32(col.offsets),
    data: col.bytes,
  });
}

function listData<T extends Uint8 | Uint32>(type: T, offsets: Uint32Array, values: T['TArray']): Data<List<T>> {
  const child = makeData({ type, length: values.length, data: values } as never) as unknown as Data<T>;
  return makeData({
    type: new List(new Field('item', type, false)),
    length: offsets.length - 1,
    valueOffsets: int32(offsets),
    child,
  });
}

const numeric = <T extends DataType>(type: T, data: T['TArray']) =>
  makeData({ type, length: (data as ArrayLike<number>).length, data } as never) as Data<T>;

export function packedToArrow(p: PackedIncidents, meta: PackedFileMeta & PackedFileHead): Uint8Array {
  const columns: Record<string, Data> = {};
  for (const f of TEXT_FIELDS) columns[f] = textData(p.text[f]);
  columns['start'] = numeric(new Float64(), p.start);
  columns['end'] = numeric(new Float64(), p.end);
  columns['startYear'] = numeric(new Uint16(), p.startYear);
  columns['endYear'] = numeric(new Uint16(), p.endYear);
  columns['byStart'] = numeric(new Uint32(), p.byStart);
  columns['dateCode'] = numeric(new Uint8(), p.dateCode);
  columns['category'] = numeric(new Uint8(), p.category);
  columns['place'] = numeric(new Int32(), p.place);
  columns['locationPrecision'] = numeric(new Uint8(), p.locationPrecision);
  columns['actors'] = listData(new Uint32(), p.actorOffsets, p.actorList);
  columns['actorRoles'] = listData(new Uint8(), p.actorOffsets, p.actorRole);
  columns['cases'] = listData(new Uint32(), p.caseOffsets, p.caseList);
  const vectors = Object.fromEntries(Object.entries(columns).map(([k, d]) => [k, makeVector(d)]));
  const table = new Table(vectors);
  const metadata = new Map([
    ['format', FORMAT],
    ['version', meta.version],
    ['updated', meta.updated],
    ['redirects', JSON.stringify(meta.redirects)],
    ['places', JSON.stringify(meta.placeIds)],
    ['actors', JSON.stringify(meta.actorIds)],
    ['cases', JSON.stringify(meta.caseIds)],
  ]);
  const withMeta = new Table(new Schema(table.schema.fields, metadata), table.batches);
  return tableToIPC(withMeta, 'file');
}

/** Thrown for a file that is not this app's packed incidents. */
export class PackedFileError extends Error {
  override name = 'PackedFileError';
}

/** The file's head (version, date, redirects), read before the dataset files are checked against it. */
export function packedHead(bytes: Uint8Array): { table: Table; head: PackedFileHead } {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    throw new PackedFileError(`not an Arrow file (${(e as Error).message})`);
  }
  const m = table.schema.metadata;
  if (m.get('format') !== FORMAT) throw new PackedFileError(`format is ${m.get('format') ?? 'unknown'}`);
  let redirects: unknown;
  try {
    redirects = JSON.parse(m.get('redirects') ?? '');
  } catch {
    redirects = null;
  }
  const version = m.get('version');
  const updated = m.get('updated');
  if (!Array.isArray(redirects) || !version || !updated) throw new PackedFileError('no version, date or redirects');
  return { table, head: { version, updated, redirects } };
}

/**
 * Reads the columns straight out of the file's bytes (views, not copies).
 * `expect` is what the dataset beside it says; any difference refuses the file.
 */
export function packedFromArrow(table: Table, expect: PackedFileMeta): PackedIncidents {
  const m = table.schema.metadata;
  const same = (key: string, ids: readonly string[]) => m.get(key) === JSON.stringify(ids);
  if (m.get('version') !== expect.version) throw new PackedFileError('another dataset version');
  if (!same('places', expect.placeIds) || !same('actors', expect.actorIds) || !same('cases', expect.caseIds))
    throw new PackedFileError('places, actors or cases differ from the dataset files');
  if (table.batches.length !== 1) throw new PackedFileError('expected one record batch');
  const column = (name: string): Data => {
    const data = table.getChild(name)?.data[0];
    if (!data) throw new PackedFileError(`no column ${name}`);
    return data as Data;
  };
  // Arrow pads buffers to 8 bytes, so a view over one can be longer than its column: cut each to size.
  type View = { subarray(from: number, to: number): View };
  const exact = <A>(d: Data, values: unknown, length: number) => {
    if (d.offset !== 0) throw new PackedFileError('columns must not be slices');
    return (values as View).subarray(0, length) as A;
  };
  const values = <A>(name: string) => {
    const d = column(name);
    return exact<A>(d, d.values, d.length);
  };
  const offsets = (d: Data) => exact<Uint32Array>(d, uint32(d.valueOffsets as Int32Array), d.length + 1);
  const text = (name: string): TextColumn => {
    const d = column(name);
    const o = offsets(d);
    return { offsets: o, bytes: exact<Uint8Array>(d, d.values, o[d.length]!) };
  };
  const list = <A>(name: string): { offsets: Uint32Array; values: A } => {
    const d = column(name);
    const child = d.children[0]!;
    return { offsets: offsets(d), values: exact<A>(child, child.values, child.length) };
  };
  const actors = list<Uint32Array>('actors');
  const cases = list<Uint32Array>('cases');
  return {
    n: table.numRows,
    text: Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(f)])) as PackedIncidents['text'],
    start: values('start'),
    end: values('end'),
    startYear: values('startYear'),
    endYear: values('endYear'),
    byStart: values('byStart'),
    dateCode: values('dateCode'),
    category: values('category'),
    place: values('place'),
    locationPrecision: values('locationPrecision'),
    actorOffsets: actors.offsets,
    actorList: actors.values,
    actorRole: list<Uint8Array>('actorRoles').values,
    caseOffsets: cases.offsets,
    caseList: cases.values,
  };
}
