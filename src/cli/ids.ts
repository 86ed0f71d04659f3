// The option parser's list collector: a module of its own, so that defining the options loads nothing else.

/** The ids of `--check a,b --check c`, in order, once each. */
export function collectIds(value: string, previous: string[] | undefined): string[] {
  return [...new Set([...(previous ?? []), ...value.split(',').map((id) => id.trim()).filter((id) => id !== '')])];
}
