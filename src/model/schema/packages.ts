import { z } from 'zod';

/** What a scan says a repository publishes to others and takes from them, and a merged graph's repositories. */
export const EcosystemSchema = z
  .enum(['npm', 'pypi'])
  .describe('Where a package is published: npm (package.json) or PyPI (pyproject.toml).');

export const PackageExportSchema = z
  .object({
    entry: z
      .string()
      .describe(
        'Where importers find it: for npm the subpath (`.` or `./persona`), for PyPI the dotted module (`acme_prompts` or `acme_prompts.persona`).',
      ),
    name: z.string().describe('The exported name (`PERSONA`).'),
    node: z.string().describe('The id of the prompt text it is.'),
  })
  .describe('Prompt text a package exports.');

export const PackageInfoSchema = z
  .object({
    ecosystem: EcosystemSchema,
    name: z.string().describe('The published name: package.json `name`, pyproject `[project] name`.'),
    version: z.string().optional().describe('Its version, when the manifest states one.'),
    path: z.string().describe('The folder holding its manifest, repository-relative (empty at the root).'),
    private: z
      .boolean()
      .optional()
      .describe('True for a package.json with `"private": true`: never published, so no other repository installs it.'),
    modules: z
      .array(z.string())
      .optional()
      .describe('For PyPI: the top-level modules it provides (`acme_prompts`), which is how code imports it.'),
    exports: z.array(PackageExportSchema).describe('The prompt text other repositories can import from it, sorted.'),
  })
  .describe('A package this repository publishes, with the prompt text it exports.');
export type PackageInfo = z.infer<typeof PackageInfoSchema>;

export const ExternalImportSchema = z
  .object({
    from: z.string().describe('The node that includes or consumes the imported text.'),
    kind: z.enum(['includes', 'consumes']),
    ecosystem: EcosystemSchema,
    package: z
      .string()
      .describe(
        'The imported package: the npm package name (`@acme/prompt-kit`), or the top-level Python module (`acme_prompts`).',
      ),
    entry: z.string().describe('The npm subpath (`.`, `./persona`) or the dotted Python module imported from.'),
    name: z.string().describe('The imported name.'),
    member: z.string().optional().describe('A member read from it (`PROMPTS.system`).'),
    line: z.number().int().min(0),
    placeholder: z.string().optional().describe('Where the text goes in `from`, for an include.'),
    range: z
      .string()
      .optional()
      .describe(
        'The version range the importing manifest declares for the package (`^2.0.0`, `>=1.0,<1.4`), when it declares one.',
      ),
  })
  .describe(
    'Prompt text imported from a package no file of the repository provides: `merge` links it to the repository that publishes it.',
  );
export type ExternalImport = z.infer<typeof ExternalImportSchema>;

export const RepositoryInfoSchema = z
  .object({
    name: z.string().describe('The repository, as node ids and `repository` fields name it.'),
    root: z.string().describe('The `root` of its scan.'),
    packages: z.array(PackageInfoSchema).describe('What it publishes.'),
  })
  .describe('A repository of a merged organisation graph.');
export type RepositoryInfo = z.infer<typeof RepositoryInfoSchema>;
