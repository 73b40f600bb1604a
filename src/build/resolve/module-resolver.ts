/**
 * Maps an import specifier seen in `fromFile` to a repository file. One per
 * language; built from the list of files and the project manifests (tsconfig,
 * package.json, pyproject) the scan read.
 */
export interface ModuleResolver {
  resolve(fromFile: string, specifier: string): string | undefined;
  /** True when the specifier names something outside the repository (an npm or PyPI package): unresolved is then expected, not a finding. */
  isExternal(fromFile: string, specifier: string): boolean;
  /** True when a relative specifier climbs above the repository root (`../../shared` from `src/agent.ts`). */
  outsideRoot?(fromFile: string, specifier: string): boolean;
  /**
   * True when the module was found only in another project of the repository (a
   * Python pyproject root that does not hold the importing file): a docs sample may
   * target another release of that package, so a name it lacks proves nothing.
   */
  foreign?(fromFile: string, specifier: string): boolean;
}

export type ModuleResolvers = Partial<Record<'typescript' | 'python', ModuleResolver>>;
