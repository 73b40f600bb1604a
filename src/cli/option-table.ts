/**
 * One option of a command (a `string[]` option is given once per value,
 * `--eval-results a.json --eval-results b.json`), keyed in its table by the option's camelCase name
 * (`approvedBy` is `--approved-by`). A value option names its argument; a
 * boolean is a switch, or with `negatable` a `--no-…` switch that defaults to on.
 */
export type OptionSpec<Value> = [NonNullable<Value>] extends [boolean]
  ? { description: string; negatable?: true }
  : [NonNullable<Value>] extends [string[]]
    ? { description: string; argument: `<${string}>`; repeatable: true }
    : { description: string; argument: `<${string}>`; default?: string };

/**
 * Every option a command's options type declares, and nothing else: the
 * compiler keeps the commander definitions and the action's options in step
 * (as vitest's cli-config.ts does for its flags).
 */
export type OptionTable<Options> = { [Key in keyof Required<Options>]: OptionSpec<Options[Key]> };

/** `approvedBy` → `approved-by`. */
export const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
