/**
 * What the crash test's writer reports to the parent, each message sent only once the core call that
 * committed it has returned. Every transaction writes a batch whose size the report (or the data itself)
 * states, so that a batch found half-applied after a kill is caught.
 */
export type Commit =
  /** A register import: `count` steps titled `crash <batch> <i>/<count>`, in one transaction. */
  | { kind: 'steps'; batch: string; count: number }
  /** An assessment with `count` scores, its note `crash <count>`. */
  | { kind: 'assessment'; id: string; count: number }
  /** A plan-file import: the plan `crash import <batch>` with its targets and steps. */
  | { kind: 'planImport'; batch: string; targets: number; steps: number }
  /** One step. */
  | { kind: 'step'; id: string }
  /** A database at schema 1 with `teams` teams, written whole, about to be migrated. */
  | { kind: 'oldCreated'; file: string; teams: number }
  /** That database, migrated to the latest schema by opening it. */
  | { kind: 'migrated'; file: string }
  /** A backup taken through `backup.now`. */
  | { kind: 'backup'; id: string };

/** `opening`: about to open the database; `ready`: opened, writing from now on. */
export type ChildMessage = { type: 'opening' } | { type: 'ready' } | { type: 'commit'; commit: Commit };

/** The files of one crash test, all inside its folder. */
export const layout = (dir: string) => ({
  db: `${dir}/stepwise.db`,
  files: `${dir}/files`,
  old: `${dir}/old`,
  template: `${dir}/files/template.stepwise.json`,
});

export const stepTitle = (batch: string, index: number, count: number) => `crash ${batch} ${index}/${count}`;
export const stepTitlePattern = /^crash (\S+) (\d+)\/(\d+)$/;
export const importTitle = (batch: string) => `crash import ${batch}`;
export const importTitlePattern = /^crash import (\S+)$/;
export const assessmentNote = (count: number) => `crash ${count}`;
export const oldFileName = (batch: string, teams: number) => `old-${batch}-${teams}.db`;
export const oldFilePattern = /^old-(\S+)-(\d+)\.db$/;
