/** Plain-text columns for terminals: padded to the widest cell, long cells cut with an ellipsis. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  opts: { rightAligned?: readonly number[]; maxWidths?: Readonly<Record<number, number>> } = {},
): string {
  const clip = (text: string, column: number): string => {
    const max = opts.maxWidths?.[column];
    return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  const cells = [headers, ...rows].map((row) => headers.map((_, i) => clip(row[i] ?? '', i)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (opts.rightAligned?.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
