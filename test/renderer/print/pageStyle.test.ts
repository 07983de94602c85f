import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, pageRules } from '../../../src/renderer/screens/print/pageStyle';

describe('the report page rules', () => {
  it('quote any text as a CSS string', () => {
    expect(cssString('Northwind “Retail”')).toBe('"Northwind “Retail”"');
    expect(cssString('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });

  it('turn the page numbers of a sentence into page counters', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(pageCounterContent('{{page}} / {{pages}}')).toBe('counter(page) " / " counter(pages)');
  });

  it('print A4 with the running texts on every page but the cover', () => {
    const css = pageRules({
      header: 'Northwind Retail · Service Desk',
      date: '28 Nov 2026',
      footer: 'Plan "2027"',
      pageOf: 'Page {{page}} sur {{pages}}',
    });
    expect(css).toContain('size: A4;');
    expect(css).toContain('@top-left { content: "Northwind Retail · Service Desk";');
    expect(css).toContain('@bottom-left { content: "Plan \\"2027\\"";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " sur " counter(pages);');
    expect(css).toMatch(/@page :first \{\s+@top-left \{ content: none; \}/);
  });
});
