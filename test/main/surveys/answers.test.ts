import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '@shared/domain/surveys';
import { readAnswers } from '../../../src/main/surveys/answers';

const answer = (expectation: number | null, perception: number | null): Answer => ({
  itemId: randomUUID(),
  expectation,
  perception,
});

afterEach(() => vi.restoreAllMocks());

describe('readAnswers', () => {
  it('reads the answers as the app writes them, the same as JSON.parse', () => {
    const answers = [answer(5, 4), answer(10, 0), answer(null, 7), answer(3, null), answer(null, null)];
    const text = JSON.stringify(answers);
    const parse = vi.spyOn(JSON, 'parse');
    expect(readAnswers(text)).toEqual(answers);
    expect(readAnswers('[]')).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    ['spaces', (a: Answer[]) => JSON.stringify(a, null, 1)],
    [
      'another order of keys',
      (a: Answer[]) => JSON.stringify(a.map(({ perception, ...r }) => ({ perception, ...r }))),
    ],
    ['another key', (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, note: 'x' })))],
    [
      'an escape in an id',
      (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, itemId: `${r.itemId.slice(0, 34)}"\\` }))),
    ],
    ['a rating with a fraction', (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, expectation: 2.5 })))],
    ['a negative rating', (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, perception: -1 })))],
    ['a rating of three digits', (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, perception: 100 })))],
    ['a shorter id', (a: Answer[]) => JSON.stringify(a.map((r) => ({ ...r, itemId: 'item-1' })))],
  ])('leaves any other text (%s) to JSON.parse, which reads it the same', (_name, write) => {
    const text = write([answer(5, 4), answer(6, 9)]);
    const parsed: unknown = JSON.parse(text);
    const parse = vi.spyOn(JSON, 'parse');
    expect(readAnswers(text)).toEqual(parsed);
    expect(parse).toHaveBeenCalledOnce();
  });

  it('refuses what is not JSON, as JSON.parse does', () => {
    const text = JSON.stringify([answer(5, 4)]);
    expect(() => readAnswers(`${text},`)).toThrow(SyntaxError);
    expect(() => readAnswers(text.replace(':5,', ':05,'))).toThrow(SyntaxError);
  });
});
