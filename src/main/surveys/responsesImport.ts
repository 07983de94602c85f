/**
 * Survey responses read from the spreadsheet a survey tool exports: one row per respondent, one column
 * per item and side. Headers are recognised in the shapes those tools write them — `Q1 expectation`,
 * `E1`/`P1`, `Q1E`, `tangibles-1 (E)`, the item's own text followed by its side, in English or French
 * (`attente`, `perception`) — and each row is read with what cannot be read reported, never guessed.
 */
import { ShortText } from '@shared/domain/common';
import type {
  AnswerSide,
  ResponseCheck,
  ResponseColumn,
  ResponseMapping,
  ResponseProblem,
  ResponseRow,
} from '@shared/domain/surveyImport';
import type { Answer, SurveyItem } from '@shared/domain/surveys';
import { cellText, fold, isBlank } from '../sharing/register';
import type { Cell } from '../sharing/sheets';

const sideWords: Record<AnswerSide, string[]> = {
  expectation: ['expectation', 'expectations', 'expected', 'attente', 'attentes', 'e', 'exp'],
  perception: ['perception', 'perceptions', 'perceived', 'percu', 'percue', 'p', 'perc'],
};
const sideOfWord = new Map(
  (Object.entries(sideWords) as [AnswerSide, string[]][]).flatMap(([side, words]) =>
    words.map((w) => [w, side] as const),
  ),
);
const respondentWords = new Set([
  'respondent',
  'respondent name',
  'respondent id',
  'repondant',
  'nom du repondant',
  'name',
  'nom',
  'full name',
  'nom complet',
  'participant',
  'user',
  'utilisateur',
  'email',
  'e mail',
  'email address',
  'adresse e mail',
  'courriel',
  'response id',
  'id',
  'identifiant',
]);
/** Answers that say "no answer": left blank rather than refused. */
const noAnswerWords = new Set([
  'na',
  'n a',
  'none',
  'skipped',
  'not applicable',
  'dont know',
  'don t know',
  'nsp',
  'sans avis',
  'ne sait pas',
  'non applicable',
  'sans objet',
]);

/** The items as a header can name them: number in the survey's order, key, or text in either language. */
export interface ImportItem {
  id: string;
  key: string;
  text: string;
  textFr: string;
}

/** A header as side + item reference: `q1 expectation`, `expectation q1`, `e1`, `q1e`. */
function splitHeader(folded: string): { side: AnswerSide; reference: string } | null {
  const compact =
    /^([ep])\s?(\d{1,3})$/.exec(folded) ?? /^(?:q|question|item)\s?(\d{1,3})\s?([ep])$/.exec(folded);
  if (compact) {
    const [letter, number] = /^\d/.test(compact[1] as string)
      ? [compact[2], compact[1]]
      : [compact[1], compact[2]];
    return { side: letter === 'e' ? 'expectation' : 'perception', reference: number as string };
  }
  const words = folded.split(' ');
  const last = sideOfWord.get(words.at(-1) ?? '');
  if (last && words.length > 1) return { side: last, reference: words.slice(0, -1).join(' ') };
  const first = sideOfWord.get(words[0] ?? '');
  if (first && words.length > 1) return { side: first, reference: words.slice(1).join(' ') };
  return null;
}

function findItem(reference: string, items: readonly ImportItem[]): ImportItem | undefined {
  const number = /^(?:q|question|item|n|no)?\s?(\d{1,3})$/.exec(reference)?.[1];
  if (number !== undefined) return items[Number(number) - 1];
  // `1 the service desk…`: a numbered question text.
  const text = reference.replace(/^(?:q|question)?\s?\d{1,3}\s/, '');
  return items.find(
    (item) =>
      fold(item.key) === reference ||
      [reference, text].some((t) => t === fold(item.text) || (item.textFr !== '' && t === fold(item.textFr))),
  );
}

/** What each header holds, each side of an item and the respondent taken by their first column only. */
export function guessResponseMapping(
  headers: readonly string[],
  items: readonly ImportItem[],
): ResponseMapping {
  const taken = new Set<string>();
  const take = (key: string) => !taken.has(key) && Boolean(taken.add(key));
  return headers.map((header): ResponseColumn => {
    const folded = fold(header);
    if (respondentWords.has(folded)) return take('respondent') ? 'respondent' : null;
    const split = splitHeader(folded);
    const item = split && findItem(split.reference, items);
    if (!split || !item) return null;
    return take(`${item.id}:${split.side}`) ? { itemId: item.id, side: split.side } : null;
  });
}

export interface ResponseContext {
  items: readonly Pick<SurveyItem, 'id'>[];
  scaleMin: number;
  scaleMax: number;
  /** Respondents the survey already has: a row naming one again is refused, so an import run twice adds nothing. */
  respondents: readonly string[];
}

/** A row read: its report, and the response it gives when it has no problem. */
export interface ReadResponse {
  report: ResponseRow;
  response: { respondent: string; answers: Answer[] } | null;
}

/** Reads the data rows under the header row with a mapping. */
export function readResponses(
  grid: readonly Cell[][],
  headerRow: number,
  mapping: ResponseMapping,
  context: ResponseContext,
): ReadResponse[] {
  const headers = (grid[headerRow] ?? []).map(cellText);
  const seen = new Set(context.respondents.map(sameName).filter((name) => name !== ''));
  const known = new Set(context.items.map((item) => item.id));
  const read: ReadResponse[] = [];
  grid.forEach((cells, i) => {
    if (i <= headerRow || isBlank(cells)) return;
    const problems: ResponseProblem[] = [];
    const problem = (c: number, reason: ResponseProblem['reason'], message: string) =>
      problems.push({ column: headers[c] || `#${c + 1}`, reason, value: cellText(cells[c]), message });

    const respondentColumn = mapping.indexOf('respondent');
    let respondent = respondentColumn < 0 ? '' : cellText(cells[respondentColumn]);
    if (!ShortText.safeParse(respondent).success) {
      problem(respondentColumn, 'too-long', 'is too long for a name');
      respondent = '';
    } else if (respondent !== '' && seen.has(sameName(respondent))) {
      problem(respondentColumn, 'duplicate-respondent', 'has answered already');
    }
    seen.add(sameName(respondent));

    const answers = new Map<string, Answer>();
    mapping.forEach((column, c) => {
      if (column === null || column === 'respondent' || !known.has(column.itemId)) return;
      const rating = readRating(cells[c] ?? null);
      if (rating === 'invalid') return problem(c, 'not-a-rating', 'is not a rating');
      if (rating !== null && (rating < context.scaleMin || rating > context.scaleMax))
        return problem(c, 'off-scale', `is outside the scale ${context.scaleMin} to ${context.scaleMax}`);
      if (rating === null) return;
      const answer = answers.get(column.itemId) ?? {
        itemId: column.itemId,
        expectation: null,
        perception: null,
      };
      answers.set(column.itemId, { ...answer, [column.side]: rating });
    });
    if (answers.size === 0 && problems.every((p) => p.reason === 'duplicate-respondent'))
      problems.push({ column: '', reason: 'no-answers', value: '', message: 'has no answer' });

    const list = [...answers.values()];
    read.push({
      report: {
        row: i + 1,
        respondent,
        answered: list.filter((a) => a.expectation !== null && a.perception !== null).length,
        valid: problems.length === 0,
        problems,
      },
      response: problems.length === 0 ? { respondent, answers: list } : null,
    });
  });
  return read;
}

export function checkResponses(
  grid: readonly Cell[][],
  headerRow: number,
  mapping: ResponseMapping,
  context: ResponseContext,
): ResponseCheck {
  const rows = readResponses(grid, headerRow, mapping, context).map((r) => r.report);
  const validCount = rows.filter((r) => r.valid).length;
  const mappedItems = new Set(
    mapping.flatMap((column) => (column === null || column === 'respondent' ? [] : [column.itemId])),
  ).size;
  return { mapping, rows, validCount, errorCount: rows.length - validCount, mappedItems };
}

const sameName = (name: string) => name.trim().toLocaleLowerCase();

/**
 * A rating as survey tools write it: a whole number, `5,0`, or a labelled choice such as `6 - Agree`.
 * Blank and "no answer" words are no rating (null).
 */
export function readRating(cell: Cell): number | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : 'invalid';
  const text = cellText(cell);
  if (text === '' || noAnswerWords.has(fold(text)) || fold(text) === '') return null;
  const match = /^(\d{1,2})(?:[.,]0+)?(?:\s*[-–:.)]\s*\D.*)?$/.exec(text);
  return match ? Number(match[1]) : 'invalid';
}
