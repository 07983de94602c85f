/**
 * Quick capture: one line of text becomes a small step. Tokens anywhere in the line fill its fields:
 *   @owner  or  @"First Last"  or  @First_Last          the owner
 *   due:15/01  due:15/01/2027  due:2027-01-15  due:+3d  due:+2w   the due date
 *   #incident                                           the dimension (key, start of key, or name)
 *   ~2d  ~4h  ~1w   (French: ~2j)                        the effort, in days (8 h a day, 5 days a week)
 *   €500  or  $500                                      the cost
 *   !idea  !todo  !doing  !done                          the status
 * The rest of the line is the title.
 */
import { addDays } from './dates';
import { slug } from './keys';
import type { StepStatus } from './domain/plans';

// Other modules read keys the way quick capture does.
export { slug };

export interface CaptureDimension {
  id: string;
  key: string;
  name: string;
  nameFr: string;
}

export interface CapturedStep {
  title: string;
  owner?: string;
  dueDate?: string;
  dimensionId?: string;
  effortDays?: number;
  cost?: number;
  status?: StepStatus;
  /** Tokens that looked like fields but could not be read, to show the user. */
  problems: { token: string; reason: 'date' | 'dimension' | 'effort' | 'cost' | 'status' }[];
}

const tokenPattern = /(?:^|\s)(@"[^"]+"|@\S+|due:\S+|#\S+|~\S+|[€$]\S+|!\S+)(?=\s|$)/gu;
const statuses: readonly StepStatus[] = ['idea', 'todo', 'doing', 'done', 'dropped'];

export function parseQuickCapture(
  line: string,
  context: { today: string; dimensions: readonly CaptureDimension[] },
) {
  const step: CapturedStep = { title: '', problems: [] };
  const title = line.replace(tokenPattern, (match, token: string) => {
    if (!readToken(token, step, context)) return match;
    return ' ';
  });
  step.title = title.replace(/\s+/g, ' ').trim();
  return step;
}

/** Fills the step from one token; false when the token is not a field after all (kept in the title). */
function readToken(
  token: string,
  step: CapturedStep,
  context: { today: string; dimensions: readonly CaptureDimension[] },
): boolean {
  const sigil = token.startsWith('due:') ? 'due:' : (token[0] as string);
  const value = token.slice(sigil.length);
  if (value === '') return false;
  switch (sigil) {
    case '@':
      step.owner = value.replace(/^"|"$/g, '').replace(/_/g, ' ').trim();
      return true;
    case 'due:': {
      const day = readDay(value, context.today);
      if (day) step.dueDate = day;
      else step.problems.push({ token, reason: 'date' });
      return true;
    }
    case '#': {
      const dimension = findDimension(value, context.dimensions);
      if (dimension) step.dimensionId = dimension.id;
      else step.problems.push({ token, reason: 'dimension' });
      return true;
    }
    case '~': {
      const effort = readEffort(value);
      if (effort === null) step.problems.push({ token, reason: 'effort' });
      else step.effortDays = effort;
      return true;
    }
    case '€':
    case '$': {
      const cost = Number(value.replace(',', '.'));
      if (Number.isFinite(cost) && cost >= 0) step.cost = cost;
      else step.problems.push({ token, reason: 'cost' });
      return true;
    }
    case '!': {
      const status = statuses.find((s) => s === value.toLowerCase());
      if (status) step.status = status;
      else step.problems.push({ token, reason: 'status' });
      return true;
    }
    default:
      return false;
  }
}

/** Reads `15/01` (the next 15 January from today), `15/01/2027`, `2027-01-15`, `+3d`, `+2w`. */
export function readDay(text: string, today: string): string | null {
  const relative = /^\+(\d{1,3})([dwj])$/i.exec(text);
  if (relative) {
    const n = Number(relative[1]);
    return addDays(today, relative[2]?.toLowerCase() === 'w' ? n * 7 : n);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
  if (!dmy) return null;
  const [day, month] = [Number(dmy[1]), Number(dmy[2])];
  if (dmy[3] !== undefined) {
    const year = dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    return validDay(year, month, day);
  }
  // The next such day from today: up to four years on, for 29 February.
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year <= thisYear + 4; year += 1) {
    const candidate = validDay(year, month, day);
    if (candidate !== null && candidate >= today) return candidate;
  }
  return null;
}

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Reads `2d`, `2j`, `0.5d`, `4h` (8 hours a day), `1w` (5 days a week); a bare number is days. */
export function readEffort(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?)([dhjw]?)$/i.exec(text);
  if (!match) return null;
  const amount = Number(match[1]?.replace(',', '.'));
  const unit = match[2]?.toLowerCase();
  const days = unit === 'h' ? amount / 8 : unit === 'w' ? amount * 5 : amount;
  return Number.isFinite(days) && days <= 10_000 ? days : null;
}

/** The dimension a `#tag` names: its key, else the first whose key or name (either language) starts so. */
export function findDimension(
  tag: string,
  dimensions: readonly CaptureDimension[],
): CaptureDimension | undefined {
  const wanted = slug(tag);
  if (wanted === '') return undefined;
  const names = (d: CaptureDimension) => [d.key, slug(d.name), slug(d.nameFr)];
  return (
    dimensions.find((d) => d.key === wanted) ??
    dimensions.find((d) => names(d).some((n) => n.startsWith(wanted))) ??
    dimensions.find((d) => names(d).some((n) => n.split('-').some((word) => word.startsWith(wanted))))
  );
}
