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
import { TRANSLATION_FILES, translationFileSchema } from '../data/translation-schema.ts';

export interface Attested {
  /** File name → text to ship. */
  files: Record<string, string>;
  /** Why no manifest was written, when none was. */
  unattested: string | null;
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
    const manifest: DataManifest = { sha256: {} };
    for (const [file, text] of Object.entries(shipped)) {
      manifest.sha256[file] = createHash('sha256').update(text, 'utf8').digest('hex');
    }
    const others = Object.fromEntries(
      Object.entries(texts).filter(([name]) => !DATA_FILES.some((d) => d.file === name) && !(name in shipped)),
    );
    return { files: { ...others, ...shipped, [MANIFEST_FILE]: JSON.stringify(manifest) }, unattested: null };
  } catch (error) {
    return { files: texts, unattested: (error as Error).message };
  }
}
