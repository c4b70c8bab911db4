/**
 * Charts of the HTML report, drawn by Apache ECharts' server-side SVG renderer (no browser, no DOM): the SVG is
 * inlined in the page, so the report stays one offline file.
 */
import * as echarts from 'echarts';

const FONT = 'Helvetica, Arial, sans-serif';

function render(option: echarts.EChartsOption, widthPx: number, heightPx: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: heightPx });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export interface BusbwSeries {
  name: string;
  /** [bytes, busbw GB/s, algorithm/protocol] per size. */
  points: [number, number, string][];
}

/** Human size for the log axis: 1K, 64M, 1G (binary units, as nccl-tests prints sizes). */
export function sizeLabel(bytes: number): string {
  const units = ['B', 'K', 'M', 'G', 'T'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)}${units[i]}`;
}

/** busbw against message size, log size axis, one line per collective. */
export function busbwChart(title: string, series: readonly BusbwSeries[]): string {
  return render(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
      legend: { bottom: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      xAxis: {
        type: 'log',
        logBase: 2,
        name: 'message size (bytes)',
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { formatter: (v: number) => sizeLabel(v) },
      },
      yAxis: { type: 'value', name: 'busbw (GB/s)', nameLocation: 'middle', nameGap: 44 },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        showSymbol: true,
        symbolSize: 5,
        data: s.points.map(([b, v]) => [b, v]),
      })),
    },
    720,
    360,
  );
}

/** Heat map of a device-pair matrix (GB/s); empty cells (a device with itself, no path) stay blank. */
export function heatmapChart(title: string, labels: readonly string[], cells: (number | null)[][]): string {
  const data: [number, number, number][] = [];
  let max = 0;
  cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      data.push([j, i, Math.round(v * 10) / 10]);
      max = Math.max(max, v);
    }),
  );
  const side = Math.min(760, 140 + labels.length * 34);
  return render(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
      grid: { left: 90, right: 90, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: [...labels], axisLabel: { rotate: 45, fontSize: 10 } },
      yAxis: { type: 'category', data: [...labels], inverse: true, axisLabel: { fontSize: 10 } },
      visualMap: {
        min: 0,
        max: max || 1,
        calculable: false,
        orient: 'vertical',
        right: 0,
        top: 'middle',
        text: ['GB/s', ''],
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            show: labels.length <= 16,
            fontSize: 9,
            formatter: (p) => String((p.value as number[])[2]),
          },
        },
      ],
    },
    side,
    side,
  );
}
