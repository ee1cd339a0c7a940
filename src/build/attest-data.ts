/**
 * The build half of trusted loading (see src/data/trusted.ts): validate the
 * dataset once, ship it normalised, and vouch for each file with its digest.
 * A dataset with problems ships as it is, without a manifest, so every
 * reader's browser validates it and names what it skipped.
 */
import { createHash } from 'node:crypto';
import { validateDataset } from '../data/validate.ts';
import { DATA_FILES, type RawDataset } from '../data/dataset.ts';
import { MANIFEST_FILE, normalisedFiles, type DataManifest } from '../data/trusted.ts';
import { TRANSLATION_FILES, TRANSLATION_LANGS, translationFileSchema } from '../data/translation-schema.ts';
import { readTranslationFiles } from '../data/translations.ts';
import { packDataset } from '../data/pipeline.ts';
import { PACKED_FILE, packedToArrow } from '../data/arrow.ts';
import type { Dataset } from '../data/dataset.ts';

export interface Attested {
  /** File name → content to ship (text, or the bytes of the packed incidents). */
  files: Record<string, string | Uint8Array>;
  /** Why no manifest was written, when none was. */
  unattested: string | null;
}

/** The incidents as the data worker reads them: translated as the page shows them, in Arrow columns. */
function packedFile(dataset: Dataset, shipped: Record<string, string>): Uint8Array {
  const raw = Object.fromEntries(
    TRANSLATION_LANGS.flatMap((lang) => {
      const text = shipped[TRANSLATION_FILES[lang]];
      return text === undefined ? [] : [[lang, JSON.parse(text) as unknown]];
    }),
  );
  // Translations are laid over the records in place: the JSON files above are already written.
  const { packed, meta } = packDataset(dataset, readTranslationFiles(raw).files);
  return packedToArrow(packed, {
    version: meta.version,
    updated: meta.updated,
    redirects: [...meta.redirects.values()],
    placeIds: [...meta.places.keys()],
    actorIds: [...meta.actors.keys()],
    caseIds: [...meta.cases.keys()],
  });
}

export function attestDataFiles(texts: Record<string, string>): Attested {
  const raw: Partial<RawDataset> = {};
  try {
    for (const { key, file } of DATA_FILES) {
      const text = texts[file];
      if (text !== undefined) raw[key] = JSON.parse(text);
    }
    const { dataset, issues } = validateDataset(raw as RawDataset);
    if (issues.length > 0)
      return {
        files: texts,
        unattested: `${issues.length} problem${issues.length === 1 ? '' : 's'} (see npm run data:check)`,
      };
    const shipped: Record<string, string> = {};
    for (const [file, content] of Object.entries(normalisedFiles(dataset))) shipped[file] = JSON.stringify(content);
    for (const file of Object.values(TRANSLATION_FILES)) {
      const text = texts[file];
      if (text === undefined) continue;
      const parsed = translationFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) return { files: texts, unattested: `${file} is not a valid translation file` };
      shipped[file] = JSON.stringify(parsed.data);
    }
    const packed = packedFile(dataset, shipped);
    const manifest: DataManifest = { sha256: {}, bytes: {} };
    for (const [file, content] of Object.entries({ ...shipped, [PACKED_FILE]: packed })) {
      manifest.sha256[file] = createHash('sha256').update(content).digest('hex');
      manifest.bytes![file] = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
    }
    const others = Object.fromEntries(
      Object.entries(texts).filter(([name]) => !DATA_FILES.some((d) => d.file === name) && !(name in shipped)),
    );
    return {
      files: { ...others, ...shipped, [PACKED_FILE]: packed, [MANIFEST_FILE]: JSON.stringify(manifest) },
      unattested: null,
    };
  } catch (error) {
    return { files: texts, unattested: (error as Error).message };
  }
}
