/**
 * Query-parameter parsing: every bad value becomes a 400 that names the parameter, so a client sees
 * what to fix instead of an empty result.
 */
import { badRequest } from './errors.ts';

/** Partial dates accepted by the search filters: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A full `YYYY-MM-DD` calendar date. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Longest free-text parameter accepted (characters); longer queries are refused, not truncated. */
export const MAX_QUERY_LENGTH = 500;

/** Reads an optional string parameter, trimmed; empty means absent. */
export function optionalString(value: string | undefined, name: string, maxLength = MAX_QUERY_LENGTH): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > maxLength) throw badRequest(`parameter "${name}" is longer than ${maxLength} characters`, 'bad-parameter');
  return trimmed;
}

/** Reads an optional positive integer parameter within `[min, max]`. */
export function optionalInt(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw badRequest(`parameter "${name}" must be a whole number, got ${JSON.stringify(value)}`, 'bad-parameter');
  const n = Number(value.trim());
  if (n < min || n > max) throw badRequest(`parameter "${name}" must be between ${min} and ${max}, got ${n}`, 'bad-parameter');
  return n;
}

/** Checks that a `YYYY[-MM[-DD]]` string is a real (prefix of a) calendar date. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  return isFullDate(value);
}

/** Checks that a string is a real `YYYY-MM-DD` calendar date. */
export function isFullDate(value: string): boolean {
  if (!FULL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads an optional date filter (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function optionalDate(value: string | undefined, name: string): string | undefined {
  const v = optionalString(value, name, 10);
  if (v === undefined) return undefined;
  if (!isPartialDate(v)) throw badRequest(`parameter "${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, 'bad-parameter');
  return v;
}

/** Reads a path id: a positive integer. */
export function pathId(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d{1,15}$/.test(value) || Number(value) < 1) {
    throw badRequest(`${what} id must be a positive whole number, got ${JSON.stringify(value ?? '')}`, 'bad-parameter');
  }
  return Number(value);
}

/** Reads an optional value from a closed set. */
export function optionalEnum<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  const v = optionalString(value, name, 40);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw badRequest(`parameter "${name}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`, 'bad-parameter');
  }
  return v as T;
}
