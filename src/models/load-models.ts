import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ModelError } from '../core/errors.js';
import { parseOptions } from '../core/parse-options.js';
import { MODEL_FILES, type ModelSources, type Models } from './models.js';
import { parseModels } from './parse-models.js';
import { BUILT_IN_PROFILES, profileDir } from './profiles.js';

/** The `models/` folder shipped with the package (two levels above both `src/models` and `dist/models`). */
export const DEFAULT_MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

/**
 * Where to load models from: a folder holding the files of {@link MODEL_FILES}, and any single file replaced by
 * a user's own path (e.g. a provincial risk lexicon). A `profile` (telecom, finance, government, retail, or a folder)
 * supplies the files it holds (its risk lexicon and routing table) beneath `dir` and `files`; the rest are shipped.
 */
export interface LoadModelsOptions {
  dir?: string;
  files?: Partial<Record<keyof ModelSources, string>>;
  /** Domain profile: a shipped profile's name or a folder of profile files; telecom (the shipped files) when omitted. */
  profile?: string;
}

const modelPath = z.string().min(1);
// The keys of MODEL_FILES, so a misspelt file key is named instead of ignored.
const loadModelsOptionsSchema = z
  .object({
    dir: modelPath.optional(),
    files: z.partialRecord(z.enum(Object.keys(MODEL_FILES) as [keyof ModelSources, ...Array<keyof ModelSources>]), modelPath).optional(),
    profile: modelPath.optional(),
  })
  .strict();

/**
 * Reads and parses the model files (an edge module: the only place models touch the file system). A file missing
 * from a user's folder falls back to the shipped one. Throws ModelError naming the file, ConfigError for invalid options.
 */
export async function loadModels(options: LoadModelsOptions = {}): Promise<Models> {
  parseOptions(loadModelsOptionsSchema, options, 'models');
  const paths = {} as Record<keyof ModelSources, string>;
  const sources = {} as ModelSources;
  const profile = options.profile === undefined ? undefined : profileDir(options.profile, DEFAULT_MODELS_DIR);
  if (profile !== undefined && !(await stat(profile).then((s) => s.isDirectory(), () => false))) {
    throw new ModelError(profile, `profile: expected ${BUILT_IN_PROFILES.join('|')} or a folder of profile files, got "${options.profile}"`);
  }
  await Promise.all(
    (Object.keys(MODEL_FILES) as Array<keyof ModelSources>).filter((key) => key !== 'riskClassifier').map(async (key) => {
      const candidates = [
        options.files?.[key],
        options.dir && join(options.dir, MODEL_FILES[key]),
        profile && join(profile, MODEL_FILES[key]),
        join(DEFAULT_MODELS_DIR, MODEL_FILES[key]),
      ];
      const explicit = options.files?.[key];
      for (const path of candidates) {
        if (!path) continue;
        try {
          sources[key] = await readFile(path, 'utf8');
          paths[key] = path;
          return;
        } catch (error) {
          // An explicitly named file must exist; a folder may hold only the files a user wants to replace.
          if (path === explicit) throw new ModelError(path, `cannot read the ${key} model file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        }
      }
      throw new ModelError(join(DEFAULT_MODELS_DIR, MODEL_FILES[key]), 'the shipped model file is missing');
    }),
  );
  // The classifier reads the lexicon's own signals, so it comes from the folder its lexicon came from (or a file named
  // explicitly): a profile or a user's folder with its own lexicon and no classifier gets none, not telecom's.
  const explicit = options.files?.riskClassifier;
  const classifierPath = explicit ?? join(dirname(paths.riskLexicon), MODEL_FILES.riskClassifier);
  try {
    sources.riskClassifier = await readFile(classifierPath, 'utf8');
    paths.riskClassifier = classifierPath;
  } catch (error) {
    if (explicit) throw new ModelError(explicit, `cannot read the riskClassifier model file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseModels(sources, paths);
}
