import type { ChangeOptions, GithubOptions, ReviewOptions } from './shared-options.js';

export interface ImpactCommandOptions extends ChangeOptions, ReviewOptions, GithubOptions {
  commentFile?: string;
  noteFile?: string;
  against?: string;
  repository?: string;
}

export interface CheckCommandOptions extends ChangeOptions, ReviewOptions, GithubOptions {
  failOnRisk?: string;
}

export interface RenderCommandOptions extends ChangeOptions {
  title?: string;
  graph?: string;
}

export interface ReportCommandOptions {
  base?: string;
  head?: string;
}

export interface HistoryCommandOptions {
  since?: string;
  maxCount?: string;
}

export interface InitCommandOptions {
  force?: boolean;
}

export interface AuditCommandOptions extends GithubOptions {
  failOn?: string;
  baseline?: string;
  writeBaseline?: string;
}

export interface EvalsCommandOptions extends ChangeOptions {}

export interface ReachesCommandOptions {
  graph?: string;
}

export interface WhyCommandOptions extends ChangeOptions {
  from?: string;
  graph?: string;
}

export interface MergeCommandOptions {
  workspace?: string;
  name?: string;
}
