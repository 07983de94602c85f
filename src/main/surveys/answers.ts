import type { Answer } from '@shared/domain/surveys';

const opening = '{"itemId":"';
const afterId = '","expectation":';
const beforePerception = ',"perception":';
const idLength = 36;

/**
 * A response's answers from their stored JSON. The text the app writes (JSON.stringify of each answer's
 * itemId, expectation and perception, in that order, each rating null or a whole number) is read
 * directly, which costs about half of JSON.parse: a team's campaigns hold thousands of answers, and
 * parsing them cost as much as reading them. Any other text (spaces, other keys or orders, escapes, other
 * numbers) is left to JSON.parse.
 */
export function readAnswers(text: string): Answer[] {
  return readWritten(text) ?? (JSON.parse(text) as Answer[]);
}

/** The rating that starts at `at` (null, or one or two digits without a leading zero), or -1. */
function ratingAt(text: string, at: number): number | null {
  if (text.startsWith('null', at)) return null;
  const first = text.charCodeAt(at) - 48;
  if (first < 0 || first > 9) return -1;
  const second = text.charCodeAt(at + 1) - 48;
  if (second < 0 || second > 9) return first;
  return first === 0 ? -1 : first * 10 + second;
}

/** How many characters a rating read by `ratingAt` takes. */
const widthOf = (rating: number | null) => (rating === null ? 4 : rating < 10 ? 1 : 2);

function readWritten(text: string): Answer[] | null {
  const answers: Answer[] = [];
  if (text === '[]') return answers;
  // An escape anywhere: an id may not read as written.
  if (text.charCodeAt(0) !== 91 || text.includes('\\')) return null;
  let at = 1;
  for (;;) {
    if (!text.startsWith(opening, at)) return null;
    const idStart = at + opening.length;
    const idEnd = idStart + idLength;
    if (text.indexOf('"', idStart) !== idEnd || !text.startsWith(afterId, idEnd)) return null;
    const expectation = ratingAt(text, idEnd + afterId.length);
    if (expectation === -1) return null;
    at = idEnd + afterId.length + widthOf(expectation);
    if (!text.startsWith(beforePerception, at)) return null;
    const perception = ratingAt(text, at + beforePerception.length);
    if (perception === -1) return null;
    at += beforePerception.length + widthOf(perception);
    if (text.charCodeAt(at) !== 125) return null;
    answers.push({ itemId: text.slice(idStart, idEnd), expectation, perception });
    at += 1;
    const next = text.charCodeAt(at);
    if (next === 93) return at === text.length - 1 ? answers : null;
    if (next !== 44) return null;
    at += 1;
  }
}
