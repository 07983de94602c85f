/**
 * A CSI register (the improvement actions a team kept in a spreadsheet) read as small steps: find the
 * header row under any title rows, guess which column fills which step field from its header (English
 * or French), then read each row, reporting what cannot be read rather than guessing.
 */
import { EffortDays, LongText, Money, Name, ShortText } from '@shared/domain/common';
import { registerPreviewRows } from '@shared/domain/constants';
import type { StepStatus } from '@shared/domain/plans';
import type {
  RegisterCheck,
  RegisterField,
  RegisterMapping,
  RegisterProblem,
  RegisterRow,
  RegisterStep,
} from '@shared/domain/sharing';
import { findDimension, readDay, readEffort, type CaptureDimension } from '@shared/quickCapture';
import { doneDateFor } from '../plans/steps';
import { isDayCell, type Cell } from './sheets';

/** Headers folded to lowercase ASCII words, so `Échéance` and `echeance` or `Coût (€)` and `cout` meet. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const headerWords: Record<RegisterField, string[]> = {
  title: [
    'title',
    'titre',
    'action',
    'intitule',
    'libelle',
    'action item',
    'improvement',
    'amelioration',
    'subject',
    'sujet',
    'summary',
    'name',
    'nom',
  ],
  description: ['description', 'descriptif', 'detail', 'details', 'description de l action'],
  owner: [
    'owner',
    'responsable',
    'porteur',
    'pilote',
    'assignee',
    'assigned to',
    'assigne a',
    'action owner',
    'qui',
    'who',
  ],
  status: ['status', 'statut', 'etat', 'state', 'avancement'],
  priority: ['priority', 'priorite', 'prio'],
  dimension: [
    'dimension',
    'processus',
    'process',
    'pratique',
    'practice',
    'itil practice',
    'domaine',
    'area',
    'theme',
  ],
  startDate: ['start date', 'start', 'date de debut', 'debut', 'date debut'],
  dueDate: [
    'due date',
    'due',
    'deadline',
    'echeance',
    'date d echeance',
    'date prevue',
    'date cible',
    'target date',
    'date limite',
    'planned date',
  ],
  doneDate: [
    'done date',
    'completion date',
    'closed date',
    'closed on',
    'date de cloture',
    'date de realisation',
    'date realisation',
    'date de fin',
  ],
  effortDays: [
    'effort',
    'effort days',
    'effort d',
    'charge',
    'charge j',
    'charge jours',
    'charge jh',
    'jours',
    'days',
    'workload',
    'estimate',
  ],
  cost: ['cost', 'cout', 'cost eur', 'cout eur', 'budget', 'montant', 'amount'],
  outcome: [
    'outcome',
    'result',
    'resultat',
    'comment',
    'comments',
    'commentaire',
    'commentaires',
    'remarques',
    'notes',
  ],
};
const statusWords: Record<StepStatus, string[]> = {
  idea: ['idea', 'idee', 'proposition', 'proposed', 'suggestion'],
  todo: [
    'todo',
    'to do',
    'a faire',
    'open',
    'ouvert',
    'ouverte',
    'new',
    'nouveau',
    'nouvelle',
    'planned',
    'planifie',
    'planifiee',
    'not started',
    'non demarre',
    'non commence',
    'pending',
    'en attente',
    'backlog',
  ],
  doing: ['doing', 'in progress', 'en cours', 'ongoing', 'started', 'wip', 'demarre', 'commence'],
  done: [
    'done',
    'closed',
    'ferme',
    'fermee',
    'cloture',
    'cloturee',
    'termine',
    'terminee',
    'complete',
    'completed',
    'fait',
    'faite',
    'realise',
    'realisee',
    'resolved',
    'resolu',
  ],
  dropped: [
    'dropped',
    'cancelled',
    'canceled',
    'annule',
    'annulee',
    'abandonne',
    'abandonnee',
    'rejected',
    'rejete',
  ],
};
/** Each word, folded, to what it names. */
const byWord = <T extends string>(words: Record<T, string[]>) =>
  new Map(
    (Object.entries(words) as [T, string[]][]).flatMap(([value, list]) =>
      list.map((w) => [w, value] as const),
    ),
  );
const fieldOfHeader = byWord(headerWords);
const statusOfWord = byWord(statusWords);

export const cellText = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : isDayCell(cell) ? cell.day : String(cell).trim();

export const isBlank = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

/** The field each header names, each field taken by its first column only. */
export function guessMapping(headers: readonly string[]): RegisterMapping {
  const taken = new Set<RegisterField>();
  return headers.map((header) => {
    const field = fieldOfHeader.get(fold(header));
    if (field === undefined || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * The header row: among the first rows, the one whose cells name the most distinct fields (a merged
 * title row repeats one text, and names at most one). Without any, the first row that is not blank.
 */
export function findHeaderRow(
  grid: readonly Cell[][],
  guess: (headers: string[]) => readonly unknown[] = guessMapping,
): number {
  let best = -1;
  let bestCount = 1;
  grid.slice(0, 30).forEach((row, i) => {
    const count = guess(row.map(cellText)).filter((f) => f !== null).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best >= 0
    ? best
    : Math.max(
        0,
        grid.findIndex((row) => !isBlank(row)),
      );
}

export interface RegisterContext {
  dimensions: readonly CaptureDimension[];
  today: string;
}

/** Reads the data rows under the header row with a mapping: a step for each good row, problems for the rest. */
export function checkRegister(
  grid: readonly Cell[][],
  headerRow: number,
  mapping: RegisterMapping,
  context: RegisterContext,
): RegisterCheck {
  const headers = (grid[headerRow] ?? []).map(cellText);
  const rows: RegisterRow[] = [];
  grid.forEach((cells, i) => {
    if (i <= headerRow || isBlank(cells)) return;
    rows.push(readRow(cells, i + 1, headers, mapping, context));
  });
  const validCount = rows.filter((r) => r.step !== null).length;
  return { mapping, rows, validCount, errorCount: rows.length - validCount };
}

/**
 * A check as a preview answers it: the rows it shows and every row with problems. The good rows beyond
 * are left in the worker: each would be copied to the main process and again to the window, a pause of
 * tens of milliseconds in main for a register of 10,000 rows.
 */
export function previewOf(check: RegisterCheck): RegisterCheck {
  return {
    ...check,
    rows: check.rows.filter((row, i) => i < registerPreviewRows || row.problems.length > 0),
  };
}

function readRow(
  cells: readonly Cell[],
  rowNumber: number,
  headers: readonly string[],
  mapping: RegisterMapping,
  context: RegisterContext,
): RegisterRow {
  const problems: RegisterProblem[] = [];
  const column = (field: RegisterField) => mapping.indexOf(field);
  const cellOf = (field: RegisterField) => {
    const c = column(field);
    return c < 0 ? null : (cells[c] ?? null);
  };
  const textOf = (field: RegisterField) => cellText(cellOf(field));
  const problem = (field: RegisterField, reason: RegisterProblem['reason'], message: string) => {
    const c = column(field);
    problems.push({ column: headers[c] || `#${c + 1}`, reason, value: textOf(field), message });
  };
  /** A text field within its length; too long is a problem rather than a silent cut. */
  const fitting = (field: RegisterField, schema: typeof ShortText | typeof LongText) => {
    const text = textOf(field);
    if (schema.safeParse(text).success) return text;
    problem(field, 'too-long', 'is too long');
    return '';
  };
  const dayOf = (field: 'startDate' | 'dueDate' | 'doneDate') => {
    const cell = cellOf(field);
    if (cellText(cell) === '') return null;
    const found = readCellDay(cell, context.today);
    if (found === null) problem(field, 'bad-date', 'is not a date (dd/mm/yyyy or yyyy-mm-dd)');
    return found;
  };
  const numberOf = (field: 'effortDays' | 'cost', schema: typeof EffortDays | typeof Money) => {
    const cell = cellOf(field);
    if (cellText(cell) === '') return null;
    const value =
      typeof cell === 'number'
        ? cell
        : field === 'effortDays'
          ? readEffort(cellText(cell))
          : readAmount(cellText(cell));
    if (value !== null && schema.safeParse(value).success) return value;
    problem(field, 'bad-number', field === 'cost' ? 'is not an amount' : 'is not an effort in days');
    return null;
  };

  const title = textOf('title');
  if (title === '') problem('title', 'missing-title', 'has no title');
  else if (!Name.safeParse(title).success) problem('title', 'too-long', 'is too long');
  const statusText = textOf('status');
  const status = statusText === '' ? 'todo' : statusOfWord.get(fold(statusText));
  if (status === undefined) problem('status', 'unknown-status', 'is not a status this import knows');
  const dimensionText = textOf('dimension');
  const dimension = dimensionText === '' ? undefined : findDimension(dimensionText, context.dimensions);
  if (dimensionText !== '' && dimension === undefined)
    problem('dimension', 'unknown-dimension', "is not a dimension of the plan's model");
  const priority = textOf('priority');
  const description = [
    fitting('description', LongText),
    priority && `${headers[column('priority')]}: ${priority}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const step: RegisterStep = {
    title,
    description,
    owner: fitting('owner', ShortText),
    status: status ?? 'todo',
    dimensionId: dimension?.id ?? null,
    startDate: dayOf('startDate'),
    dueDate: dayOf('dueDate'),
    doneDate: doneDateFor(status ?? 'todo', dayOf('doneDate'), context.today),
    effortDays: numberOf('effortDays', EffortDays),
    cost: numberOf('cost', Money),
    outcome: fitting('outcome', LongText),
  };
  return { row: rowNumber, title, step: problems.length === 0 ? step : null, problems };
}

/** A day from a date cell, an Excel serial number, `yyyy-mm-dd` (time ignored), or `dd/mm/yyyy` with `/`, `-` or `.`. */
function readCellDay(cell: Cell, today: string): string | null {
  if (isDayCell(cell)) return cell.day;
  if (typeof cell === 'number') {
    // Excel counts days from 1899-12-30; 1 to 2958465 spans years 1900 to 9999.
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell).replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return readDay(text, today);
  if (!/^\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})$/.test(text)) return null;
  return readDay(text.replace(/[.-]/g, '/'), today);
}

/**
 * An amount as people type it: `1 200,50 €`, `1,200.50`, `€300`, `450 EUR`. The last `,` or `.` is the
 * decimal mark when one or two digits follow it; otherwise every `,` and `.` groups thousands.
 */
function readAmount(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f€$£]|eur(os?)?/gi, '');
  if (!/^\d[\d.,]*$/.test(digits)) return null;
  const mark = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const decimals = mark < 0 ? '' : digits.slice(mark + 1);
  const value =
    decimals.length === 1 || decimals.length === 2
      ? Number(`${digits.slice(0, mark).replace(/[.,]/g, '')}.${decimals}`)
      : Number(digits.replace(/[.,]/g, ''));
  return Number.isFinite(value) ? value : null;
}
