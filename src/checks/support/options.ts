// Reading check options from the configuration: patterns and lists, with bad values rejected early.

export function regexList(value: unknown): RegExp[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => new RegExp(v, 'u'));
}

export function stringSet(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}
