/**
 * The report's pages as Chromium prints them: A4, margins, and in the margins the running header and
 * footer with the page numbers. Written as CSS `@page` rules because the words and names change with
 * each report, and the same rules serve both printers (the app's hidden window and the test browser).
 */

/** A text as a CSS string: quotes and backslashes escaped, line breaks as `\A`. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/\r\n?|\n/g, '\\A ')}"`;

/** "Page {{page}} of {{pages}}" as CSS content: the words as strings, the numbers as page counters. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

export interface PageFurniture {
  /** Top left of every page but the cover: who the report is for. */
  header: string;
  /** Top right: the report's date. */
  date: string;
  /** Bottom left: the plan's title. */
  footer: string;
  /** Bottom right, e.g. `Page {{page}} of {{pages}}`. */
  pageOf: string;
}

/** The report's typeface (as `.report` in report.css): margin boxes do not inherit from the page's text. */
const box = `font-family: 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif;
    font-size: 8pt; color: #5a6374;`;

/** The `@page` rules of a report; the cover page has none of the running texts. */
export function pageRules({ header, date, footer, pageOf }: PageFurniture): string {
  return `@page {
  size: A4;
  margin: 18mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(header)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(date)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${pageCounterContent(pageOf)}; ${box} vertical-align: top; padding-top: 4mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
}`;
}
