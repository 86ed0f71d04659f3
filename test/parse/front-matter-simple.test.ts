// The direct reading of flat front matter (readSimpleYaml) is a shortcut past the `yaml` parser: whatever it reads,
// `yaml` (with parseFrontMatter's options) reads the same; anything else it leaves to `yaml` (undefined).
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseFrontMatter, readSimpleYaml } from '../../src/parse/front-matter.js';

const OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;
const byYaml = (lines: string[]): unknown => {
  const doc = parseDocument(`${lines.join('\n')}\n`, OPTIONS);
  return doc.errors.length > 0 ? 'error' : doc.toJS();
};

describe('readSimpleYaml', () => {
  it('reads an MS docs front matter: strings, quoted strings, lists at two indents, keys with a colon, numbers, booleans', () => {
    const lines = [
      'title: Betriebshandbuch für Microsoft Teams',
      'ms.date: 06/11/2019',
      'description: Aufgaben, [Links](x.md) und-Nutzung. "Zitat" a:b https://example.com/x#y',
      'f1.keywords:',
      '- NOCSH',
      'ms.collection:',
      '  - M365-voice',
      '  - "M365 collaboration"',
      'ms:assetid: 7b08f048-c951-4050-b77c-0fff351620e7',
      "ms.locfileid: '45085111'",
      'ms.custom: 58771',
      'ms.dyn365.ops.version: 8.0999999999999996',
      'hideEdit: true',
      'ms.openlocfilehash: 1762c3462f4758766f3b6996539b5c83342eedd6',
      'ms.lasthandoff:   07/09/2020  ',
    ];
    const data = readSimpleYaml(lines);
    expect(data).toEqual({
      title: 'Betriebshandbuch für Microsoft Teams',
      'ms.date': '06/11/2019',
      description: 'Aufgaben, [Links](x.md) und-Nutzung. "Zitat" a:b https://example.com/x#y',
      'f1.keywords': ['NOCSH'],
      'ms.collection': ['M365-voice', 'M365 collaboration'],
      'ms:assetid': '7b08f048-c951-4050-b77c-0fff351620e7',
      'ms.locfileid': '45085111',
      'ms.custom': 58771,
      'ms.dyn365.ops.version': 8.1,
      hideEdit: true,
      'ms.openlocfilehash': '1762c3462f4758766f3b6996539b5c83342eedd6',
      'ms.lasthandoff': '07/09/2020',
    });
    expect(isDeepStrictEqual(data, byYaml(lines))).toBe(true);
    expect(parseFrontMatter(`---\n${lines.join('\n')}\n---\nbody\n`)).toEqual({ data, endLine: lines.length + 2, problems: [] });
  });

  // Each is left to yaml, which reads something other than a flat string (or fails with a line to report).
  const leftToYaml: [string, string[]][] = [
    ['a colon and a blank in a value', ['title: Lernprogramm: Audio']],
    ['a comment after a value', ['title: x # note']],
    ['a comment line', ['# note', 'title: x']],
    ['a blank line', ['a: x', '', 'b: y']],
    ['null, ~ and an empty key', ['a: null', 'b: ~']],
    ['a key with no value and no list', ['a:', 'b: x']],
    ['a key with no value at the end', ['a: x', 'b:']],
    ['a negative, octal, hex, exponent and infinite number', ['a: -1', 'b: 0o17', 'c: 0x1F', 'd: 1e5', 'e: .inf']],
    ['a number of 16 digits', ['a: 1234567890123456']],
    ['a repeated key', ['a: x', 'a: y']],
    ['a flow sequence', ['a: [x, y]']],
    ['a flow mapping', ['a: {x: 1}']],
    ['an alias and an anchor', ['a: &x y', 'b: *x']],
    ['a tag', ['a: !!str 5']],
    ['a block scalar', ['a: |', '  line']],
    ['a continued plain scalar', ['a: first', '  second']],
    ['a nested mapping', ['a:', '  b: c']],
    ['items at two indents', ['a:', '- x', '  - y']],
    ['an item with no key before it', ['- x']],
    ['an item after a key with a value', ['a: b', '- x']],
    ['an empty item', ['a:', '- ']],
    ['a mapping in an item', ['a:', '- b: c']],
    ['an escape in a double-quoted value', ['a: "x\\ty"']],
    ['a doubled quote in a single-quoted value', ["a: 'it''s'"]],
    ['a merge key', ['<<: x']],
    ['a key yaml reads as a boolean', ['true: x']],
    ['a key with a blank before its colon', ['a : x']],
    ['a tab', ['a:\tx']],
    ['a control character', ['a: x\u0007y']],
    ['an indented key', ['  a: x']],
    ['a value starting with an indicator', ['a: @x']],
    ['__proto__', ['__proto__: x']],
    ['no line at all', []],
  ];
  for (const [what, lines] of leftToYaml) {
    it(`leaves to yaml: ${what}`, () => {
      expect(readSimpleYaml(lines)).toBeUndefined();
    });
  }
});
