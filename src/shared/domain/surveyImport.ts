/**
 * Importing a survey's responses from the spreadsheet a survey tool exports: one row per respondent, one
 * column per item and side. Each column is mapped to the respondent's name, to one side of one item, or
 * ignored; each row is checked before anything is written.
 */
import { z } from 'zod';
import { Id } from './common';
import { answerSides } from './constants';
import { PreviewToken } from './sharing';

export const AnswerSide = z.enum(answerSides);
export type AnswerSide = z.infer<typeof AnswerSide>;

/** What one column holds: the respondent's name, one side of one item, or nothing to import (null). */
export const ResponseColumn = z
  .union([z.literal('respondent'), z.strictObject({ itemId: Id, side: AnswerSide })])
  .nullable();
export type ResponseColumn = z.infer<typeof ResponseColumn>;

const columnKey = (column: ResponseColumn) =>
  column === null ? null : column === 'respondent' ? column : `${column.itemId}:${column.side}`;

/** For each column of the file, what it holds. Each side of an item, and the respondent, come from one column. */
export const ResponseMapping = z
  .array(ResponseColumn)
  .max(1_100)
  .superRefine((mapping, ctx) => {
    const keys = mapping.map(columnKey);
    keys.forEach((key, i) => {
      if (key !== null && keys.indexOf(key) !== i)
        ctx.addIssue({ code: 'custom', message: 'another column already fills this', path: [i] });
    });
  });
export type ResponseMapping = z.infer<typeof ResponseMapping>;

export const responseProblems = [
  'not-a-rating',
  'off-scale',
  'no-answers',
  'duplicate-respondent',
  'too-long',
] as const;
export type ResponseProblemReason = (typeof responseProblems)[number];
export const ResponseProblem = z.object({
  /** The column's header as the file has it (empty for a problem of the whole row). */
  column: z.string(),
  reason: z.enum(responseProblems),
  value: z.string(),
  /** In plain English, for logs; the UI words it from `reason`. */
  message: z.string(),
});
export type ResponseProblem = z.infer<typeof ResponseProblem>;

/** One data row: its number in the sheet (1-based), who answered, how many items they rated both sides of. */
export const ResponseRow = z.object({
  row: z.number().int(),
  respondent: z.string(),
  answered: z.number().int(),
  /** Imported only when it has no problem. */
  valid: z.boolean(),
  problems: z.array(ResponseProblem),
});
export type ResponseRow = z.infer<typeof ResponseRow>;

export const ResponseCheck = z.object({
  mapping: ResponseMapping,
  rows: z.array(ResponseRow),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  /** Items with at least one side mapped to a column. */
  mappedItems: z.number().int(),
});
export type ResponseCheck = z.infer<typeof ResponseCheck>;

export const ResponsePreview = ResponseCheck.extend({
  token: PreviewToken,
  fileName: z.string(),
  /** The row holding the headers (1-based). */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
});
export type ResponsePreview = z.infer<typeof ResponsePreview>;
export const ResponsePreviewResult = z.union([
  z.object({ cancelled: z.literal(true) }),
  ResponsePreview.extend({ cancelled: z.literal(false) }),
]);
export type ResponsePreviewResult = z.infer<typeof ResponsePreviewResult>;

export const ResponseImportApply = z.strictObject({ token: PreviewToken, mapping: ResponseMapping });
export type ResponseImportApply = z.input<typeof ResponseImportApply>;
export const ResponsesImported = z.object({ imported: z.number().int(), skipped: z.number().int() });
export type ResponsesImported = z.infer<typeof ResponsesImported>;
