/**
 * The sharing channels, run as tasks: each asks for a file through the core's file port, reads or writes
 * it outside any transaction, and does its database work in one transaction.
 */
import { basename } from 'node:path';
import type { FileSaved } from '@shared/domain/sharing';
import type { StepStatus } from '@shared/domain/plans';
import { planFileExtension, planFileMaxBytes, type PlanFile } from '@shared/planFile';
import { defineTasks } from '../core/handler';
import type { Db } from '../db/connection';
import { getModelDetail } from '../models/repository';
import { listTargets } from '../plans/repository';
import { positionIn } from '../plans/steps';
import { plansTable, stepsTable } from '../plans/tables';
import { readSettings } from '../settings/repository';
import { writeCsv } from './csv';
import { fileNameFor, filters, readCapped, writeWhole } from './files';
import { readSpreadsheet } from './spreadsheet';
import {
  applyMerge,
  buildPlanFile,
  dataVersionOf,
  parsePlanFile,
  planMerge,
  sameDataVersion,
  type DataVersion,
  type Merge,
} from './planFile';
import {
  cellText,
  checkRegister,
  findHeaderRow,
  guessMapping,
  previewOf,
  type RegisterContext,
} from './register';
import { csvSheet, planSheets, type Cell } from './sheets';
import { wordsFor } from './words';
import { writeXlsx } from './xlsx';

/** What a register may be: beyond these, it is refused before it is parsed. */
const registerLimits = {
  maxBytes: 20 * 2 ** 20,
  maxRows: 20_000,
  maxColumns: 200,
  maxEntries: 1_000,
  maxUncompressedBytes: 200 * 2 ** 20,
};

/** A plan file read for a preview, with the merge it showed and the state of the data it was made on. */
interface PlanFilePreview {
  file: PlanFile;
  merge: Merge;
  version: DataVersion;
}

/** A register read for a preview: kept in main under a token until the user imports it. */
interface RegisterUpload {
  planId: string;
  grid: Cell[][];
  headerRow: number;
}

const notSaved: FileSaved = { saved: false, fileName: null };

export const sharingTasks = defineTasks({
  'planFile.export': async ({ planId }, ctx) => {
    const title = ctx.read((db) => plansTable.get(db, planId).title);
    const path = await ctx.files.chooseSavePath({
      defaultName: fileNameFor(title, planFileExtension),
      filters: [filters.planFile],
    });
    if (path === null) return notSaved;
    // Read after the dialog closed, so the file holds the plan as it is when saved.
    const file = ctx.read((db) => buildPlanFile(db, planId, ctx.now));
    await writeWhole(path, `${JSON.stringify(file, null, 2)}\n`);
    return { saved: true, fileName: basename(path) };
  },

  'planFile.previewImport': async (_input, ctx) => {
    const path = await ctx.files.chooseOpenPath({ filters: [filters.planFile] });
    if (path === null) return { cancelled: true };
    ctx.progress(0, 2);
    const file = parsePlanFile(await readCapped(path, planFileMaxBytes));
    ctx.progress(1, 2);
    const previewed = ctx.read((db): PlanFilePreview => ({
      file,
      merge: planMerge(db, file),
      version: dataVersionOf(db),
    }));
    ctx.progress(2, 2);
    const token = ctx.previews.put('planFile', previewed);
    const { summary } = previewed.merge;
    return { cancelled: false, token, fileName: basename(path), exportedAt: file.exportedAt, ...summary };
  },

  'planFile.applyImport': async ({ token }, ctx) => {
    const previewed = ctx.previews.get<PlanFilePreview>('planFile', token);
    const summary = ctx.write(({ db, changes }) => {
      // Merged again inside the transaction if anything was written since the preview.
      const merge = sameDataVersion(previewed.version, dataVersionOf(db))
        ? previewed.merge
        : planMerge(db, previewed.file);
      applyMerge(changes, merge);
      return merge.summary;
    });
    ctx.previews.delete(token);
    return summary;
  },

  'plan.exportSpreadsheet': async ({ planId, format, clientCopy, language: chosen }, ctx) => {
    const { title, language } = ctx.read((db) => ({
      title: plansTable.get(db, planId).title,
      language: chosen ?? readSettings(db).language,
    }));
    const words = wordsFor(language);
    const xlsx = format === 'xlsx';
    const sheetName = format === 'csv-steps' ? words.sheetSteps : words.sheetAssessments;
    const path = await ctx.files.chooseSavePath({
      defaultName: fileNameFor(title, xlsx ? '.xlsx' : ` - ${sheetName}.csv`),
      filters: [xlsx ? filters.xlsx : filters.csv],
    });
    if (path === null) return notSaved;
    const options = { clientCopy, language, today: ctx.today };
    let data: string | Buffer;
    if (xlsx) {
      const sheets = ctx.read((db) => planSheets(db, planId, options));
      ctx.progress(0, sheets.length);
      data = await writeXlsx(sheets, (done) => ctx.progress(done, sheets.length));
    } else {
      const which = format === 'csv-steps' ? 'steps' : 'assessments';
      data = writeCsv(
        ctx.read((db) => csvSheet(db, planId, which, options)),
        language,
      );
    }
    await writeWhole(path, data);
    return { saved: true, fileName: basename(path) };
  },

  'register.previewImport': async ({ planId }, ctx) => {
    // The plan must exist before the user is asked for a file.
    ctx.read((db) => plansTable.get(db, planId));
    const path = await ctx.files.chooseOpenPath({ filters: [filters.register] });
    if (path === null) return { cancelled: true };
    ctx.progress(0, 2);
    const grid = await readRegister(path);
    ctx.progress(1, 2);
    const headerRow = findHeaderRow(grid);
    const headers = (grid[headerRow] ?? []).map(cellText);
    const check = ctx.read((db) =>
      previewOf(
        checkRegister(grid, headerRow, guessMapping(headers), registerContext(db, planId, ctx.today)),
      ),
    );
    ctx.progress(2, 2);
    const token = ctx.previews.put('register', { planId, grid, headerRow } satisfies RegisterUpload);
    return { cancelled: false, token, fileName: basename(path), headerRow: headerRow + 1, headers, ...check };
  },

  'register.checkMapping': async ({ token, mapping }, ctx) => {
    const { planId, grid, headerRow } = ctx.previews.get<RegisterUpload>('register', token);
    return ctx.read((db) =>
      previewOf(checkRegister(grid, headerRow, mapping, registerContext(db, planId, ctx.today))),
    );
  },

  'register.applyImport': async ({ token, mapping }, ctx) => {
    const { planId, grid, headerRow } = ctx.previews.get<RegisterUpload>('register', token);
    const imported = ctx.write(({ db, changes, today }) => {
      const check = checkRegister(grid, headerRow, mapping, registerContext(db, planId, today));
      // A step on a dimension the plan has a target for works on that target.
      const targets = new Map(listTargets(db, planId).map((t) => [t.dimensionId, t.id]));
      // Each step goes after the last of its column: the last position read once, then counted on.
      const lastPositions = new Map<StepStatus, number>();
      changes.createAll(
        stepsTable,
        check.rows.flatMap(({ step }) => {
          if (step === null) return [];
          const last = lastPositions.get(step.status);
          const position = last === undefined ? positionIn(db, planId, step.status, null) : last + 1;
          lastPositions.set(step.status, position);
          return [
            {
              ...step,
              planId,
              targetId: (step.dimensionId && targets.get(step.dimensionId)) ?? null,
              position,
            },
          ];
        }),
      );
      return { imported: check.validCount, skipped: check.errorCount };
    });
    ctx.previews.delete(token);
    return imported;
  },
});

function registerContext(db: Db, planId: string, today: string): RegisterContext {
  const { modelId } = plansTable.get(db, planId);
  return { dimensions: getModelDetail(db, modelId).dimensions.filter((d) => !d.retired), today };
}

/** A register's cells, from an XLSX or a CSV. */
const readRegister = (path: string): Promise<Cell[][]> => readSpreadsheet(path, registerLimits);
