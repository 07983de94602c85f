import { describe, expect, it } from 'vitest';
import { positionAfterStep, positionAt } from '@shared/calc/order';

describe('positionAt', () => {
  it('goes halfway between the new neighbours', () => {
    expect(positionAt([1, 2, 3], 1)).toBe(1.5);
    expect(positionAt([1, 1.5, 3], 2)).toBe(2.25);
  });

  it('goes one before the first or one after the last', () => {
    expect(positionAt([4, 5], 0)).toBe(3);
    expect(positionAt([4, 5], 2)).toBe(6);
    expect(positionAt([], 0)).toBe(1);
  });
});

describe('positionAfterStep', () => {
  const rows = [
    { id: 'backup', position: 1 },
    { id: 'patching', position: 2 },
    { id: 'monitoring', position: 4 },
  ];

  it('moves a row one place up or down', () => {
    // Patching up: before backup, whose position is 1.
    expect(positionAfterStep(rows, 'patching', 'up')).toBe(0);
    // Backup down: between patching (2) and monitoring (4).
    expect(positionAfterStep(rows, 'backup', 'down')).toBe(3);
    // Patching down: after monitoring, the last.
    expect(positionAfterStep(rows, 'patching', 'down')).toBe(5);
  });

  it('is null at the ends and for a row not in the list', () => {
    expect(positionAfterStep(rows, 'backup', 'up')).toBeNull();
    expect(positionAfterStep(rows, 'monitoring', 'down')).toBeNull();
    expect(positionAfterStep(rows, 'nope', 'up')).toBeNull();
  });
});
