// Thin interop over ApexCharts (loaded as a global from wwwroot/lib, restored from npm at build).
// Live data: animations off, arrays bounded by the server (ChartData.WindowMinutes), and updates
// replace the series in place instead of rebuilding the chart.

const charts = new Map();

// Times on the axis and in the tooltip are in the launch's zone (opts.timeZone), not the
// browser's: an operator abroad must read the same 20:00 as the team in the launch's city.
function zoneClock(timeZone) {
  let format;
  try {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: timeZone || 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  return ms => (ms === undefined || ms === null || isNaN(ms) ? '' : format.format(new Date(Number(ms))));
}

function baseOptions(opts) {
  const dual = !!opts.dualAxis;
  const clock = zoneClock(opts.timeZone);
  return {
    chart: {
      type: 'line',
      height: opts.height || 220,
      background: 'transparent',
      foreColor: '#94a3b8',
      fontFamily: 'inherit',
      animations: { enabled: false },
      toolbar: { show: false },
      zoom: { enabled: false },
      parentHeightOffset: 0,
    },
    theme: { mode: 'dark' },
    colors: opts.colors,
    stroke: { width: opts.strokes || 2, curve: 'straight' },
    fill: { opacity: opts.fillOpacity || 1 },
    plotOptions: { bar: { columnWidth: '70%', borderRadius: 2 } },
    dataLabels: { enabled: false },
    markers: { size: 0 },
    grid: { borderColor: '#1f2a3d', strokeDashArray: 3, padding: { left: 6, right: 6 } },
    legend: { position: 'top', horizontalAlign: 'right', fontSize: '12px', markers: { size: 5 } },
    tooltip: { theme: 'dark', x: { formatter: v => clock(v) }, shared: true, intersect: false },
    xaxis: {
      type: 'datetime',
      labels: { datetimeUTC: true, formatter: (value, timestamp) => clock(timestamp ?? value) },
      axisBorder: { color: '#1f2a3d' },
      axisTicks: { color: '#1f2a3d' },
    },
    yaxis: dual
      ? [
          { min: 0, forceNiceScale: true, labels: { formatter: v => Math.round(v).toLocaleString() } },
          { min: 0, opposite: true, forceNiceScale: true, labels: { formatter: v => '¥' + Math.round(v).toLocaleString() } },
        ]
      : { min: 0, forceNiceScale: true, labels: { formatter: v => Math.round(v).toLocaleString() } },
    noData: { text: opts.noData || '' },
    series: [],
  };
}

function toApex(series) {
  return series.map(s => ({ name: s.name, type: s.type, data: s.data }));
}

export function create(element, id, opts, series) {
  destroy(id);
  const chart = new window.ApexCharts(element, { ...baseOptions(opts), series: toApex(series) });
  charts.set(id, chart);
  return chart.render();
}

export function update(id, series) {
  const chart = charts.get(id);
  if (!chart) return;
  // false: no animation, and the axes are recomputed from the new data.
  chart.updateSeries(toApex(series), false);
}

export function destroy(id) {
  const chart = charts.get(id);
  if (!chart) return;
  charts.delete(id);
  chart.destroy();
}
