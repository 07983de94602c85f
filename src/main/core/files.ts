import { DomainError } from '@shared/result';

export interface FileFilter {
  /** What the dialog shows: "Stepwise plan", "Spreadsheet". */
  name: string;
  /** Without the dot: `json`, `xlsx`. */
  extensions: string[];
}

/**
 * How the core asks for a file to write or read. The Electron shell shows its save and open dialogs;
 * the command line answers with its arguments; tests with a temporary folder. A path never comes from
 * the renderer. Null means the user cancelled.
 */
export interface FilePort {
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null>;
}

/** For a core opened without a way to choose files (scripts, benchmarks): file channels fail plainly. */
export const noFiles: FilePort = {
  chooseSavePath: () => Promise.reject(new DomainError('internal', 'This Stepwise cannot choose files.')),
  chooseOpenPath: () => Promise.reject(new DomainError('internal', 'This Stepwise cannot choose files.')),
};
