// A finding for reporter tests: the fields a test does not care about get plain defaults.
import type { Finding } from '../../src/model.js';

export function finding(over: Partial<Finding> & Pick<Finding, 'path' | 'line' | 'column' | 'ruleId' | 'severity' | 'message'>): Finding {
  return {
    messageId: 'block',
    category: 'conflict',
    locale: 'zh-CN',
    family: 'a.md',
    related: [],
    fingerprint: '0123456789abcdef0123456789abcdef',
    docsUrl: `https://github.com/loccheck/loccheck/blob/main/docs/checks/${over.ruleId}.md`,
    ...over,
  };
}
