import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../src/renderer/routes';

describe('routes', () => {
  it('reads a screen and its filters from the hash', () => {
    expect(parseHash('#/plans?team=abc&status=active')).toEqual({
      screen: 'plans',
      params: { team: 'abc', status: 'active' },
    });
    expect(parseHash('#/teams/')).toEqual({ screen: 'teams', params: {} });
  });

  it('reads the id of a detail screen from the path, and writes it back there', () => {
    expect(parseHash('#/plans/3f2a?tab=steps')).toEqual({
      screen: 'plans',
      params: { tab: 'steps', id: '3f2a' },
    });
    expect(hashOf('plans', { id: '3f2a', tab: 'steps' })).toBe('#/plans/3f2a?tab=steps');
    expect(hashOf('plans', { id: undefined })).toBe('#/plans');
  });

  it('opens home for an empty or unknown hash', () => {
    expect(parseHash('').screen).toBe('home');
    expect(parseHash('#/nowhere').screen).toBe('home');
  });

  it('writes the hash back, leaving out empty filters', () => {
    expect(hashOf('plans', { team: 'abc', status: undefined })).toBe('#/plans?team=abc');
    expect(hashOf('home')).toBe('#/');
  });
});
