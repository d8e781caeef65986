import { describe, expect, it } from 'vitest';
import { dateProblem, formatDate, isCompleteDate, joinDate, splitDate } from '../../../src/lib/forms/dates';

describe('dates', () => {
  it('joins boxes into a canonical date only when real', () => {
    expect(joinDate({ day: '5', month: '3', year: '2026' })).toBe('2026-03-05');
    expect(joinDate({ day: '31', month: '2', year: '2026' })).toBe('2026-2-31');
    expect(joinDate({ day: '', month: '', year: '' })).toBe('');
    expect(joinDate({ day: '1', month: '', year: '20' })).toBe('20--1');
    expect(joinDate({ day: ' 1a', month: '12', year: '2026' })).toBe('2026-12-01');
  });

  it('splits what it joins', () => {
    expect(splitDate('2026-03-05')).toEqual({ day: '05', month: '03', year: '2026' });
    expect(splitDate('20--1')).toEqual({ day: '1', month: '', year: '20' });
    expect(splitDate('nonsense')).toEqual({ day: '', month: '', year: '' });
  });

  it('names the problem', () => {
    expect(dateProblem('')).toBe('empty');
    expect(dateProblem('2026-03-')).toBe('missing-day');
    expect(dateProblem('2026--4')).toBe('missing-month');
    expect(dateProblem('-3-4')).toBe('missing-year');
    expect(dateProblem('26-3-4')).toBe('year-digits');
    expect(dateProblem('2026-2-30')).toBe('not-real');
    expect(dateProblem('2024-02-29')).toBeNull();
    expect(isCompleteDate('2025-02-29')).toBe(false);
  });

  it('formats for people', () => {
    expect(formatDate('2026-03-05')).toBe('5 March 2026');
    expect(formatDate('2026--5')).toBe('5/?/2026');
    expect(formatDate('')).toBe('');
  });
});
