// Turns the schema's findings into problems people can act on: "points[3]: the point has no title" rather
// than a validator's internal wording. The schema's own messages are sentence endings; this module adds the
// subject (the field) and the place.
import type { z } from 'zod';
import { locationOf, type PackProblems } from './pack-problems';

type Path = readonly PropertyKey[];

const SINGULAR: Record<string, string> = {
  points: 'point',
  categories: 'category',
  dimensions: 'dimension',
  sections: 'section',
  steps: 'step',
  levels: 'level',
  sources: 'source',
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
};

/** How the issues of one file are reported: the file, what its top level is called, and how paths become places. */
export interface IssueContext {
  file: string;
  /** What the whole document is called in messages: "manifest", "template", "front matter". */
  rootNoun: string;
  /** Turns a path into the location shown; by default `points[3].title`. */
  place?: (path: Path) => string;
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    const next: unknown = Reflect.get(value, part);
    value = next;
  }
  return value;
}

/** What the object at a path is called: "point" for points[3], "look_for" for look_for, the root noun at the top. */
function nounOf(path: Path, rootNoun: string): string {
  const last = path[path.length - 1];
  if (last === undefined) return rootNoun;
  if (typeof last === 'number') {
    const list = path[path.length - 2];
    return typeof list === 'string' ? (SINGULAR[list] ?? `entry of ${list}`) : 'entry';
  }
  return String(last);
}

/** What a field is called as the subject of a sentence: "the title", "duration_days", "the entry". */
function subjectOf(path: Path, rootNoun: string): string {
  const last = path[path.length - 1];
  if (last === undefined) return `the ${rootNoun}`;
  if (typeof last === 'number') return 'the entry';
  const key = String(last);
  return key.includes('_') ? key : `the ${key}`;
}

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}...` : text}"`;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, rootNoun: string): { path: Path; message: string }[] {
  const path = issue.path;
  const subject = subjectOf(path, rootNoun);
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined && path.length > 0)
        return [
          {
            path: path.slice(0, -1),
            message: `the ${nounOf(path.slice(0, -1), rootNoun)} has no ${String(path[path.length - 1])}`,
          },
        ];
      if (value === null) return [{ path, message: `${subject} is empty` }];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const hint =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? ' (put it in quotes)'
          : '';
      return [{ path, message: `${subject} must be ${expected}${hint}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `"${key}" is not a field of ${path.length === 0 ? `the ${rootNoun}` : `a ${nounOf(path, rootNoun)}`}; check the spelling`,
      }));
    case 'invalid_value': {
      const options = issue.values.map((option) => String(option));
      if (options.length === 1)
        return [{ path, message: `${subject} must be "${options[0] ?? ''}", not ${quoted(value)}` }];
      return [{ path, message: `${subject} ${quoted(value)} is not one of: ${options.join(', ')}` }];
    }
    case 'invalid_format':
      return [{ path, message: `${subject} ${quoted(value)} ${issue.message}` }];
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? '';
      const key = String(path[path.length - 1] ?? '');
      return [
        {
          path,
          message: `the key ${quoted(key)} ${inner && !inner.startsWith('Invalid') ? inner : 'is not valid here'}`,
        },
      ];
    }
    case 'too_small':
      if (issue.origin === 'array' && issue.minimum === 1 && typeof path[path.length - 1] === 'string')
        return [{ path, message: `the list of ${String(path[path.length - 1])} is empty` }];
      return [{ path, message: `${subject} ${issue.message}` }];
    case 'too_big': {
      // zod's default words ("Too big: expected array to have <=10 items") read badly after a subject;
      // schemas that give their own message keep it.
      const key = path[path.length - 1];
      if (issue.origin === 'array' && issue.message.startsWith('Too big'))
        return [
          {
            path,
            message: `${typeof key === 'string' ? `the list of ${key}` : subject} has more than the ${String(issue.maximum)} allowed`,
          },
        ];
      return [{ path, message: `${subject} ${issue.message}` }];
    }
    case 'custom':
      return [{ path, message: `${subject} ${issue.message}` }];
    default:
      return [{ path, message: `${subject} is not valid` }];
  }
}

/** Records every schema issue of one file as a problem with a place and a plain sentence. */
export function reportSchemaIssues(
  error: z.ZodError,
  input: unknown,
  context: IssueContext,
  problems: PackProblems,
): void {
  const place = context.place ?? locationOf;
  for (const issue of error.issues)
    for (const { path, message } of describeIssue(issue, input, context.rootNoun))
      problems.add(context.file, place(path), message);
}
