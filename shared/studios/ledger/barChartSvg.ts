/** A plain horizontal bar chart as SVG text, for the annual report's images (rendered to PNG by the renderer). */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function barChartSvg(title: string, bars: readonly Bar[], { width = 640, barHeight = 28, labelWidth = 180, color = '#b71c1c' } = {}): { svg: string; width: number; height: number } {
  const top = 44;
  const height = top + Math.max(1, bars.length) * barHeight + 16;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - labelWidth - 60;
  const rows = bars.map((b, i) => {
    const y = top + i * barHeight;
    const w = Math.max(b.value > 0 ? 2 : 0, Math.round((plot * b.value) / max));
    return `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 5}" text-anchor="end" font-size="14">${escape(b.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${barHeight - 8}" fill="${color}"/><text x="${labelWidth + w + 6}" y="${y + barHeight / 2 + 5}" font-size="14">${b.value}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK SC, Microsoft YaHei, sans-serif"><rect width="100%" height="100%" fill="#fff"/><text x="12" y="26" font-size="17" font-weight="bold">${escape(title)}</text>${rows.join('')}</svg>`;
  return { svg, width, height };
}
