// User regular expressions (check options) must run in bounded time: JavaScript's engine backtracks, and a pattern
// such as `^(a+)+$` takes exponential time on a near-match. Patterns that can backtrack catastrophically are refused
// when the config is loaded, and every pattern sees at most MAX_PATTERN_INPUT characters.

/** User patterns are tested against at most this many characters of a URL or token. */
export const MAX_PATTERN_INPUT = 1000;
/** A pattern longer than this is refused. */
export const MAX_PATTERN_LENGTH = 500;

interface Group {
  /** Holds an unbounded (or large) repetition somewhere inside. */
  repeats: boolean;
  /** Its top-level alternatives, as written. */
  alternatives: string[];
  start: number;
}

const plainAlternatives = (alts: string[]): boolean => {
  if (!alts.every((a) => /^[\p{L}\p{N}_ -]+$/u.test(a))) return false;
  const firsts = alts.map((a) => a[0]);
  return new Set(firsts).size === firsts.length;
};

/**
 * Why a pattern is unsafe (star height above one: a repeated group that repeats inside, as in `(a+)+`; a repeated
 * group of alternatives that may overlap, as in `(a|a)*`; a backreference), or undefined when it is not.
 */
export function unsafePattern(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Group[] = [{ repeats: false, alternatives: [], start: 0 }];
  let last: { repeats: boolean; group?: Group } | undefined;
  let altStart = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'a backreference can take exponential time';
      last = { repeats: false };
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      last = { repeats: false };
      i = j + 1;
      continue;
    }
    if (c === '(') {
      let j = i + 1;
      if (source[j] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(j));
        j += m ? m[0].length : 1;
      }
      stack.push({ repeats: false, alternatives: [], start: j });
      altStart = j;
      last = undefined;
      i = j;
      continue;
    }
    if (c === '|') {
      const top = stack[stack.length - 1] as Group;
      top.alternatives.push(source.slice(altStart, i));
      altStart = i + 1;
      last = undefined;
      i++;
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      if (!g || stack.length === 0) return undefined; // unbalanced: `new RegExp` reports it
      g.alternatives.push(source.slice(altStart, i));
      const parent = stack[stack.length - 1] as Group;
      if (g.repeats) parent.repeats = true;
      last = { repeats: g.repeats, group: g };
      altStart = parent.start; // approximate: alternatives of the parent are re-sliced from its start
      i++;
      continue;
    }
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(source.slice(i));
    if (q) {
      const unbounded = q[0] === '*' || q[0] === '+' || (q[2] !== undefined && (q[3] === '' || Number(q[3]) > 20));
      if (unbounded && last) {
        if (last.repeats) return 'a repeated group that itself repeats (as in (a+)+) can take exponential time';
        if (last.group && last.group.alternatives.length > 1 && !plainAlternatives(last.group.alternatives)) {
          return 'a repeated group of alternatives that may overlap (as in (a|ab)*) can take exponential time';
        }
      }
      if (unbounded) (stack[stack.length - 1] as Group).repeats = true;
      last = undefined;
      i += q[0].length;
      if (source[i] === '?') i++;
      continue;
    }
    last = { repeats: false };
    i++;
  }
  return undefined;
}

/** A user pattern that sees at most MAX_PATTERN_INPUT characters. */
export function boundedPattern(source: string): { test(text: string): boolean } {
  const re = new RegExp(source, 'u');
  return { test: (text) => re.test(text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text) };
}
