import { describe, expect, it } from 'vitest';
import { PreviewStore } from '../../../src/main/core/previews';

describe('the preview store', () => {
  it('gives back what a token stands for, only for the kind asked', () => {
    const previews = new PreviewStore();
    const token = previews.put('register', { rows: 3 });
    expect(previews.get('register', token)).toEqual({ rows: 3 });
    expect(() => previews.get('planFile', token)).toThrow(/expired or was already imported/);
    previews.delete(token);
    expect(() => previews.get('register', token)).toThrow();
  });

  it('forgets previews after their lifetime, and the oldest beyond its capacity', () => {
    let now = 0;
    const previews = new PreviewStore(() => now, 1_000, 2);
    const first = previews.put('register', 1);
    const second = previews.put('register', 2);
    const third = previews.put('register', 3);
    expect(() => previews.get('register', first)).toThrow();
    expect(previews.get('register', second)).toBe(2);
    now = 1_000;
    expect(() => previews.get('register', third)).toThrow();
  });
});
