/**
 * The import of a survey's responses, run as tasks like the register's import: the file is chosen
 * through the core's file port and read outside any transaction, kept in main under a preview token
 * while the user checks the mapping, then written in one transaction, which undo takes back whole.
 */
import { basename } from 'node:path';
import { defineTasks } from '../core/handler';
import type { FileFilter } from '../core/files';
import type { Db } from '../db/connection';
import { cellText, findHeaderRow } from '../sharing/register';
import type { Cell } from '../sharing/sheets';
import { readSpreadsheet } from '../sharing/spreadsheet';
import { surveyDetail } from './repository';
import { checkResponses, guessResponseMapping, readResponses, type ResponseContext } from './responsesImport';
import { surveyResponsesTable } from './tables';

const responsesFilter: FileFilter = {
  name: 'Survey responses (CSV, Excel)',
  extensions: ['csv', 'txt', 'xlsx'],
};

/** Beyond these a file is refused before it is parsed; 1,100 columns hold 500 items on both sides. */
const responseLimits = {
  maxBytes: 20 * 2 ** 20,
  maxRows: 20_000,
  maxColumns: 1_100,
  maxEntries: 1_000,
  maxUncompressedBytes: 200 * 2 ** 20,
};

/** A file read for a preview: kept in main under a token until the user imports it. */
interface ResponsesUpload {
  surveyId: string;
  grid: Cell[][];
  headerRow: number;
}

function responseContext(db: Db, surveyId: string): ResponseContext {
  const survey = surveyDetail(db, surveyId);
  return {
    items: survey.items,
    scaleMin: survey.scaleMin,
    scaleMax: survey.scaleMax,
    respondents: survey.responses.map((r) => r.respondent),
  };
}

export const surveyTasks = defineTasks({
  'surveyResponse.previewImport': async ({ surveyId }, ctx) => {
    // The survey must exist before the user is asked for a file.
    const items = ctx.read((db) => surveyDetail(db, surveyId).items);
    const path = await ctx.files.chooseOpenPath({ filters: [responsesFilter] });
    if (path === null) return { cancelled: true };
    ctx.progress(0, 2);
    const grid = await readSpreadsheet(path, responseLimits);
    ctx.progress(1, 2);
    const headerRow = findHeaderRow(grid, (headers) => guessResponseMapping(headers, items));
    const headers = (grid[headerRow] ?? []).map(cellText);
    const check = ctx.read((db) =>
      checkResponses(grid, headerRow, guessResponseMapping(headers, items), responseContext(db, surveyId)),
    );
    ctx.progress(2, 2);
    const token = ctx.previews.put('surveyResponses', {
      surveyId,
      grid,
      headerRow,
    } satisfies ResponsesUpload);
    return { cancelled: false, token, fileName: basename(path), headerRow: headerRow + 1, headers, ...check };
  },

  'surveyResponse.checkImport': async ({ token, mapping }, ctx) => {
    const { surveyId, grid, headerRow } = ctx.previews.get<ResponsesUpload>('surveyResponses', token);
    return ctx.read((db) => checkResponses(grid, headerRow, mapping, responseContext(db, surveyId)));
  },

  'surveyResponse.applyImport': async ({ token, mapping }, ctx) => {
    const { surveyId, grid, headerRow } = ctx.previews.get<ResponsesUpload>('surveyResponses', token);
    // Read again inside the transaction: responses may have been added since the preview.
    const imported = ctx.write(({ db, changes }) => {
      const rows = readResponses(grid, headerRow, mapping, responseContext(db, surveyId));
      const responses = rows.flatMap(({ response }) =>
        response === null ? [] : [{ surveyId, ...response }],
      );
      changes.createAll(surveyResponsesTable, responses);
      return { imported: responses.length, skipped: rows.length - responses.length };
    });
    ctx.previews.delete(token);
    return imported;
  },
});
