/**
 * A long name cut into short lines for a chart's tick: whole words, at most `maxLines` lines of about
 * `width` characters; what does not fit ends with an ellipsis (the tooltip and the table give it whole).
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => clip(l, width));
  const kept = lines.slice(0, maxLines).map((l) => clip(l, width));
  kept[maxLines - 1] = `${(lines[maxLines - 1] as string).slice(0, width - 1)}…`;
  return kept;
}

const clip = (line: string, width: number) => (line.length <= width ? line : `${line.slice(0, width - 1)}…`);
