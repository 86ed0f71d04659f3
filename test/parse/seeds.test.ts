import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model.js';
import { type ParsedArticle, parseArticle } from '../../src/parse/article.js';

const DIR = join(import.meta.dirname, '../../fixtures/seeds');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

const cache = new Map<string, { text: string; parsed: ParsedArticle }>();
function load(file: string): { text: string; parsed: ParsedArticle } {
  let hit = cache.get(file);
  if (!hit) {
    const bytes = readFileSync(join(DIR, file));
    hit = { text: bytes.toString('utf8'), parsed: parseArticle({ bytes, path: `fixtures/seeds/${file}`, relPath: file, root: 0 }) };
    cache.set(file, hit);
  }
  return hit;
}

type Spot = Pick<Segment, 'id' | 'target' | 'source' | 'line' | 'column' | 'sourceLine' | 'sourceColumn' | 'targetTextColumn' | 'sourceTextColumn' | 'context'>;
const spot = (s: Segment): Spot => ({
  id: s.id,
  target: s.target,
  source: s.source,
  line: s.line,
  column: s.column,
  sourceLine: s.sourceLine,
  sourceColumn: s.sourceColumn,
  targetTextColumn: s.targetTextColumn,
  sourceTextColumn: s.sourceTextColumn,
  context: s.context,
});

const HEADING_SOURCE = 'Skype for Business and Microsoft Teams data collection practices';
const LAST_SOURCE = 'Country and region availability for Audio Conferencing and Calling Plans';
const FAMILY = 'c17e8ea6-b83b-4345-9401-47a6c8b13aad';

// True values read from the files (ids, texts, and 1-based line/column of each opening tag and text start).
const EXPECTED: Record<string, { locale: string; handoff: string; segments: number; tableLines: number[]; first: Spot; last: Spot }> = {
  '000_c7aa02d0fc662548.txt': {
    locale: 'zh-CN',
    handoff: '2018-06-12',
    segments: 100,
    tableLines: [45, 65, 95],
    first: { id: 'b5882-104', target: 'Skype 的业务和 Microsoft 团队数据集做法', source: HEADING_SOURCE, line: 29, column: 82, sourceLine: 29, sourceColumn: 172, targetTextColumn: 112, sourceTextColumn: 202, context: 'heading' },
    last: { id: 'b5882-204', target: '音频会议和通话套餐的国家/地区可用性', source: LAST_SOURCE, line: 132, column: 2, sourceLine: 132, sourceColumn: 82, targetTextColumn: 32, sourceTextColumn: 112, context: 'link-text' },
  },
  '001_4b8c124e5e4e8475.txt': {
    locale: 'fr-FR',
    handoff: '2018-09-06',
    segments: 94,
    tableLines: [45, 65, 90],
    first: { id: 'a6728-104', target: 'Skype pour les pratiques de collection de données métiers et Microsoft Teams', source: HEADING_SOURCE, line: 29, column: 82, sourceLine: 29, sourceColumn: 220, targetTextColumn: 112, sourceTextColumn: 250, context: 'heading' },
    last: { id: 'a6728-198', target: "Disponibilité des offres d'appels et d'audioconférence selon les régions et les pays", source: LAST_SOURCE, line: 119, column: 2, sourceLine: 119, sourceColumn: 148, targetTextColumn: 32, sourceTextColumn: 178, context: 'link-text' },
  },
  '002_793b926295e176e2.txt': {
    locale: 'pt-BR',
    handoff: '2020-06-10',
    segments: 93,
    tableLines: [49, 69, 94],
    first: { id: '9e91c-103', target: 'Práticas de coleta de dados do Skype for Business e do Microsoft Teams', source: HEADING_SOURCE, line: 33, column: 82, sourceLine: 33, sourceColumn: 214, targetTextColumn: 112, sourceTextColumn: 244, context: 'heading' },
    last: { id: '9e91c-196', target: 'Disponibilidade da Audioconferência e dos Planos de Chamadas por país e região', source: LAST_SOURCE, line: 121, column: 2, sourceLine: 121, sourceColumn: 142, targetTextColumn: 32, sourceTextColumn: 172, context: 'link-text' },
  },
  '003_63a4434e4d74ce63.txt': {
    locale: 'es-ES',
    handoff: '2019-03-07',
    segments: 94,
    tableLines: [50, 70, 95],
    first: { id: '73fc4-104', target: 'Skype para profesionales y Microsoft Teams prácticas de recopilación de datos', source: HEADING_SOURCE, line: 34, column: 82, sourceLine: 34, sourceColumn: 221, targetTextColumn: 112, sourceTextColumn: 251, context: 'heading' },
    last: { id: '73fc4-198', target: 'Países y regiones donde Audioconferencia y Planes de llamada están disponibles', source: LAST_SOURCE, line: 124, column: 2, sourceLine: 124, sourceColumn: 142, targetTextColumn: 32, sourceTextColumn: 172, context: 'link-text' },
  },
  '004_0091613f0c90001a.txt': {
    locale: 'es-ES',
    handoff: '2019-03-14',
    segments: 94,
    tableLines: [48, 68, 93],
    first: { id: '76c42-104', target: 'Skype para profesionales y Microsoft Teams prácticas de recopilación de datos', source: HEADING_SOURCE, line: 32, column: 82, sourceLine: 32, sourceColumn: 221, targetTextColumn: 112, sourceTextColumn: 251, context: 'heading' },
    last: { id: '76c42-198', target: 'Países y regiones donde Audioconferencia y Planes de llamada están disponibles', source: LAST_SOURCE, line: 122, column: 2, sourceLine: 122, sourceColumn: 142, targetTextColumn: 32, sourceTextColumn: 172, context: 'link-text' },
  },
};

describe('seed articles', () => {
  it('the five seeds are the ones described here', () => {
    expect(FILES).toEqual(Object.keys(EXPECTED));
  });

  describe.each(FILES)('%s', (file) => {
    const expected = EXPECTED[file] as (typeof EXPECTED)[string];

    it('one segment per sxs-lookup span, in order, indexed from 0, no parse problems', () => {
      const { text, parsed } = load(file);
      const { segments, problems } = parsed.article;
      expect(segments.length).toBe(text.split('class="sxs-lookup"').length - 1);
      expect(segments.length).toBe(expected.segments);
      expect(segments.map((s) => s.index)).toEqual(segments.map((_, i) => i));
      const prefix = expected.first.id.split('-')[0] as string;
      expect(segments.filter((s) => !new RegExp(`^${prefix}-\\d+$`).test(s.id))).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('first and last segment', () => {
      const { segments } = load(file).parsed.article;
      expect(spot(segments[0] as Segment)).toEqual(expected.first);
      expect(spot(segments[segments.length - 1] as Segment)).toEqual(expected.last);
    });

    it('metadata from the front matter: locale, family, handoff', () => {
      const { text, parsed } = load(file);
      const { article } = parsed;
      const assetId = /^ms\.assetid: (.+)$/m.exec(text)?.[1] as string;
      expect([article.locale, article.family, article.handoff]).toEqual([expected.locale, assetId.trim().toLowerCase(), expected.handoff]);
      expect(article.family).toBe(FAMILY);
      expect(article.frontMatter['ms.contentlocale']).toBe(expected.locale);
    });

    it('three record tables: Data type | Example | Notes, value column 1', () => {
      const { tables } = load(file).parsed.article;
      expect(tables.map((t) => t.line)).toEqual(expected.tableLines);
      expect(tables.map((t) => t.rows.length)).toEqual([7, 6, 4]);
      for (const t of tables) {
        expect(t.kind).toBe('gfm');
        expect(t.record).toEqual({ valueColumns: [1] });
        expect(t.header.map((c) => c.source)).toEqual(['**Data type**', '**Example**', '**Notes**']);
      }
    });

    it('explicit anchors and heading anchors', () => {
      const { anchors } = load(file).parsed.article;
      const ids = (kind: 'explicit' | 'heading') => anchors.filter((a) => a.kind === kind).map((a) => a.id);
      expect(ids('explicit')).toEqual(expect.arrayContaining(['skype-for-business-and-microsoft-teams-data-collection-practices', 'census-data', 'usage-data', 'error-reporting-data', 'related-topics']));
      expect(ids('heading')).toEqual(ids('explicit'));
    });
  });
});

describe('seed 000 (zh-CN) in detail', () => {
  const file = '000_c7aa02d0fc662548.txt';

  it('anchors with their lines', () => {
    const { anchors } = load(file).parsed.article;
    const lines = [
      ['skype-for-business-and-microsoft-teams-data-collection-practices', 29],
      ['census-data', 41],
      ['usage-data', 59],
      ['set-cswebserviceconfiguration--meetinguxenabletelemetry-true', 82],
      ['error-reporting-data', 91],
      ['related-topics', 129],
    ] as const;
    expect(anchors).toEqual([
      ...lines.map(([id, line]) => ({ id, line, kind: 'explicit' })),
      ...lines.map(([id, line]) => ({ id, line, kind: 'heading' })),
    ]);
  });

  it('the ======= under line 82 is a setext underline (line 83)', () => {
    const { parsed } = load(file);
    expect([...parsed.setextUnderlines]).toEqual([83]);
    expect(parsed.article.headings.find((h) => h.line === 82)).toEqual({
      depth: 1,
      line: 82,
      source: 'Set-CsWebServiceConfiguration -MeetingUxEnableTelemetry $True',
      setext: true,
    });
  });

  it('the technet link on both sides of segments 60 and 86', () => {
    const { article } = load(file).parsed;
    const url = 'https://technet.microsoft.com/EN-US/library/gg425941.aspx';
    expect(article.links.filter((l) => l.url === url)).toEqual([
      { url, kind: 'link', line: 76, column: 576, segment: 60, side: 'target' },
      { url, kind: 'link', line: 76, column: 739, segment: 60, side: 'source' },
      { url, kind: 'link', line: 106, column: 347, segment: 86, side: 'target' },
      { url, kind: 'link', line: 106, column: 510, segment: 86, side: 'source' },
    ]);
    expect([article.segments[60]?.id, article.segments[86]?.id]).toEqual(['b5882-164', 'b5882-190']);
  });

  it('links around link-text pairs are outside, tied to their segment', () => {
    const { article } = load(file).parsed;
    expect(article.links.filter((l) => l.side === 'outside' && l.line >= 130)).toEqual([
      { url: 'https://www.microsoft.com/products/ceip/en-US/default.mspx', kind: 'link', line: 130, column: 1, segment: 98, side: 'outside' },
      {
        url: '../country-and-region-availability-for-audio-conferencing-and-calling-plans/country-and-region-availability-for-audio-conferencing-and-calling-plans.md',
        kind: 'link',
        line: 132,
        column: 1,
        segment: 99,
        side: 'outside',
      },
    ]);
  });

  it('the conversation thread id has a hash fact', () => {
    const { segments } = load(file).parsed.article;
    const s = segments.find((x) => x.source === 'AdDO8hsJqilU93hQHC3OZaPR2saEA==') as Segment;
    expect([s.index, s.id, s.line, s.role]).toEqual([78, 'b5882-182', 99, 'table-value']);
    expect(s.sourceFacts).toEqual([{ kind: 'hash', text: 'AdDO8hsJqilU93hQHC3OZaPR2saEA==' }]);
    // The translation split the padding ("= ="): the hash is read without it.
    expect(s.target).toBe('AdDO8hsJqilU93hQHC3OZaPR2saEA = =');
    expect(s.targetFacts).toEqual([{ kind: 'hash', text: 'AdDO8hsJqilU93hQHC3OZaPR2saEA' }]);
  });
});

describe('seed 002 (pt-BR) in detail', () => {
  it('the OSVersion row: key cell, value cell 8,3 / 8.3, roles and exact number facts', () => {
    const { article } = load('002_793b926295e176e2.txt').parsed;
    const row = article.tables[0]?.rows.find((r) => r[0]?.source === 'OSVersion');
    expect(row).toEqual([
      { text: 'Versão do sistema operacional', source: 'OSVersion', segments: [23], line: 54, column: 1 },
      { text: '8,3', source: '8.3', segments: [24], line: 54, column: 154 },
      { text: '', source: '', segments: [], line: 54, column: 275 },
    ]);
    const [key, value] = [article.segments[23] as Segment, article.segments[24] as Segment];
    expect([key.id, key.role, key.context]).toEqual(['9e91c-126', 'table-key', 'table-cell']);
    expect([value.id, value.role, value.context]).toEqual(['9e91c-127', 'table-value', 'table-cell']);
    expect(value.sourceFacts).toEqual([{ kind: 'number', text: '8.3', value: 8.3, exact: true }]);
    expect(value.targetFacts).toEqual([{ kind: 'number', text: '8,3', value: 8.3, exact: true }]);
  });

  it('every body cell of a record table has the key or value role; header and notes cells do not', () => {
    const { article } = load('002_793b926295e176e2.txt').parsed;
    for (const t of article.tables) {
      for (const c of t.header) for (const i of c.segments) expect(article.segments[i]?.role).toBe('text');
      for (const r of t.rows) {
        for (const i of r[0]?.segments ?? []) expect(article.segments[i]?.role).toBe('table-key');
        for (const i of r[1]?.segments ?? []) expect(article.segments[i]?.role).toBe('table-value');
        for (const i of r[2]?.segments ?? []) expect(article.segments[i]?.role).toBe('text');
      }
    }
    expect(article.segments.filter((s) => s.role === 'table-key').length).toBe(17);
    expect(article.segments.filter((s) => s.role === 'table-value').length).toBe(17);
  });
});
