/** The report of a plan: the data its print view shows, and its PDF, printed from that view. */
import { basename } from 'node:path';
import { defineHandlers, defineTasks } from '../core/handler';
import { plansTable } from '../plans/tables';
import { fileNameFor, writeWhole } from '../sharing/files';
import { planReport } from './planReport';

export const reportHandlers = defineHandlers({
  'report.plan': ({ planId, clientCopy }, { db, today }) => planReport(db, planId, clientCopy, today),
});

export const reportTasks = defineTasks({
  'plan.exportPdf': async ({ planId, language, clientCopy }, ctx) => {
    const title = ctx.read((db) => plansTable.get(db, planId).title);
    const path = await ctx.files.chooseSavePath({
      defaultName: fileNameFor(title, '.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (path === null) return { saved: false, fileName: null };
    // Printing lays the whole report out in a browser: the longest part, reported as the first half.
    ctx.progress(0, 2);
    const pdf = await ctx.printer.print({ planId, language, clientCopy });
    ctx.progress(1, 2);
    await writeWhole(path, pdf);
    ctx.progress(2, 2);
    return { saved: true, fileName: basename(path) };
  },
});
