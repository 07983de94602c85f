/** Sharing a plan: the plan file, spreadsheet exports and the import of a CSI register as small steps. */
import { z } from 'zod';
import { Day, EffortDays, Id, Money } from './common';
import { registerFields, spreadsheetFormats } from './constants';
import { EntityName } from './history';
import { StepStatus } from './plans';
import { Language } from './settings';

/** Where a file was saved; `saved` is false when the user cancelled the save dialog. */
export const FileSaved = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type FileSaved = z.infer<typeof FileSaved>;

/** Tokens name a file read in main and kept there until the user confirms; the renderer never sees a path. */
export const PreviewToken = z.uuid({ error: 'must be a preview token' });

export const SpreadsheetFormat = z.enum(spreadsheetFormats);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;
export const SpreadsheetExport = z.strictObject({
  planId: Id,
  format: SpreadsheetFormat,
  /** The client's copy leaves out costs, the budget and internal notes. */
  clientCopy: z.boolean().default(false),
  /** The language of headers and words; the app's language when left out. */
  language: Language.optional(),
});
export type SpreadsheetExport = z.input<typeof SpreadsheetExport>;

/** What a plan-file import does to one kind of row. Merging never deletes. */
export const ImportCount = z.object({
  entity: EntityName,
  added: z.number().int(),
  updated: z.number().int(),
  kept: z.number().int(),
});
export type ImportCount = z.infer<typeof ImportCount>;

export const PlanFileSummary = z.object({
  planId: Id,
  planTitle: z.string(),
  teamName: z.string(),
  modelName: z.string(),
  /** The plan is on a built-in model: it links to this machine's copy, which the import never changes. */
  builtinModel: z.boolean(),
  counts: z.array(ImportCount),
});
export type PlanFileSummary = z.infer<typeof PlanFileSummary>;
export const PlanFilePreview = PlanFileSummary.extend({
  token: PreviewToken,
  fileName: z.string(),
  exportedAt: z.string(),
});
export type PlanFilePreview = z.infer<typeof PlanFilePreview>;
/** `cancelled`: the user closed the open dialog; nothing was read. */
export const PlanFilePreviewResult = z.union([
  z.object({ cancelled: z.literal(true) }),
  PlanFilePreview.extend({ cancelled: z.literal(false) }),
]);
export type PlanFilePreviewResult = z.infer<typeof PlanFilePreviewResult>;

export const RegisterField = z.enum(registerFields);
export type RegisterField = z.infer<typeof RegisterField>;

/** For each column of the register, the field it fills (null: ignored). A field is filled by one column. */
export const RegisterMapping = z
  .array(RegisterField.nullable())
  .max(500)
  .superRefine((mapping, ctx) => {
    mapping.forEach((field, i) => {
      if (field !== null && mapping.indexOf(field) !== i)
        ctx.addIssue({ code: 'custom', message: `another column already fills ${field}`, path: [i] });
    });
  });
export type RegisterMapping = z.infer<typeof RegisterMapping>;

export const registerProblems = [
  'missing-title',
  'bad-date',
  'bad-number',
  'unknown-status',
  'unknown-dimension',
  'too-long',
] as const;
export const RegisterProblem = z.object({
  /** The column's header as the file has it. */
  column: z.string(),
  reason: z.enum(registerProblems),
  value: z.string(),
  /** The problem in plain English, for the command line and logs; the UI words it from `reason`. */
  message: z.string(),
});
export type RegisterProblem = z.infer<typeof RegisterProblem>;

/** A small step as a row of the register gives it, before it is added to the plan. */
export const RegisterStep = z.object({
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  status: StepStatus,
  dimensionId: Id.nullable(),
  startDate: Day.nullable(),
  dueDate: Day.nullable(),
  doneDate: Day.nullable(),
  effortDays: EffortDays.nullable(),
  cost: Money.nullable(),
  outcome: z.string(),
});
export type RegisterStep = z.infer<typeof RegisterStep>;

/** One data row of the register: its number in the sheet (1-based, as a spreadsheet shows it). */
export const RegisterRow = z.object({
  row: z.number().int(),
  /** The row's title as the file has it, kept for rows with problems too: the preview names each row. */
  title: z.string(),
  step: RegisterStep.nullable(),
  problems: z.array(RegisterProblem),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

export const RegisterCheck = z.object({
  mapping: RegisterMapping,
  /**
   * In a preview, the first `registerPreviewRows` rows and every row with problems, in the sheet's order:
   * not the thousands of good rows after them, which no one is shown.
   */
  rows: z.array(RegisterRow),
  validCount: z.number().int(),
  errorCount: z.number().int(),
});
export type RegisterCheck = z.infer<typeof RegisterCheck>;
export const RegisterPreview = RegisterCheck.extend({
  token: PreviewToken,
  fileName: z.string(),
  /** The row holding the headers (1-based): rows above it (titles, blanks) are skipped. */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
});
export type RegisterPreview = z.infer<typeof RegisterPreview>;
export const RegisterPreviewResult = z.union([
  z.object({ cancelled: z.literal(true) }),
  RegisterPreview.extend({ cancelled: z.literal(false) }),
]);
export type RegisterPreviewResult = z.infer<typeof RegisterPreviewResult>;

export const RegisterApply = z.strictObject({ token: PreviewToken, mapping: RegisterMapping });
export type RegisterApply = z.input<typeof RegisterApply>;
export const RegisterImported = z.object({ imported: z.number().int(), skipped: z.number().int() });
export type RegisterImported = z.infer<typeof RegisterImported>;
