/* The committee's charts, drawn with ECharts from the tables beside them: each figure[data-chart] holds a
   table whose column headers marked data-series are the series, whose row headers are the categories, and
   whose cells carry their figure in data-value (none: no figure). The table is what a screen reader reads;
   the chart only draws it, so the two cannot disagree. No data lives in the script. */
(function () {
  'use strict';
  var PALETTE = ['#0b5394', '#b45f06', '#38761d', '#741b47', '#134f5c', '#7f6000', '#990000'];

  function readTable(figure) {
    var table = figure.querySelector('table');
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var seriesColumns = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        seriesColumns.push({ index: index, name: th.textContent.trim() });
      }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    return {
      categories: rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); }),
      rows: rows,
      series: seriesColumns.map(function (column) {
        return {
          name: column.name,
          values: rows.map(function (tr) {
            var cell = tr.children[column.index];
            var value = cell && cell.getAttribute('data-value');
            return value === null || value === undefined || value === '' ? null : Number(value);
          })
        };
      })
    };
  }

  var base = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif', fontSize: 14 },
    legend: { top: 0, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }
  };

  function merge(extra) {
    var option = {};
    Object.keys(base).forEach(function (key) { option[key] = base[key]; });
    Object.keys(extra).forEach(function (key) { option[key] = extra[key]; });
    return option;
  }

  var kinds = {
    /* milestone levels over time; a row marked data-review is the committee's view at its last review */
    lines: function (figure, data) {
      var reviewIndex = data.rows.findIndex(function (tr) { return tr.hasAttribute('data-review'); });
      var series = data.series.map(function (s) {
        return {
          name: s.name, type: 'line', step: false, connectNulls: true, symbolSize: 8, lineStyle: { width: 3 },
          data: s.values.map(function (v, i) { return i === reviewIndex ? null : v; })
        };
      });
      if (reviewIndex >= 0) {
        var label = figure.getAttribute('data-review-label');
        series.push({
          name: label, type: 'scatter', symbol: 'diamond', symbolSize: 16, color: '#1a1a1a', z: 5,
          data: data.series.map(function (s) { return [reviewIndex, s.values[reviewIndex]]; })
            .filter(function (point) { return point[1] !== null; }),
          markLine: {
            symbol: 'none', silent: true, lineStyle: { color: '#1a1a1a', type: 'dashed', width: 2 },
            label: { formatter: label, position: 'insideEndTop', color: '#1a1a1a', fontSize: 13 },
            data: [{ xAxis: reviewIndex }]
          }
        });
      }
      return merge({
        xAxis: { type: 'category', data: data.categories, boundaryGap: true },
        yAxis: { type: 'value', min: 1, max: 5, interval: 1, name: figure.getAttribute('data-y-name') || '' },
        series: series
      });
    },
    /* categories down the side, one bar per series (stacked when the figure says so) */
    bars: function (figure, data) {
      var stacked = figure.hasAttribute('data-stacked');
      return merge({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: data.categories, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
        series: data.series.map(function (s) {
          return { name: s.name, type: 'bar', stack: stacked ? 'all' : undefined, barMaxWidth: 28, data: s.values,
                   label: { show: stacked, formatter: function (p) { return p.value ? p.value : ''; } } };
        })
      });
    },
    /* a level on an ordered scale over time: the autonomy each review granted */
    steps: function (figure, data) {
      var levels = (figure.getAttribute('data-levels') || '').split('|');
      return merge({
        tooltip: { trigger: 'axis', formatter: function (ps) {
          return ps.map(function (p) { return p.axisValue + ': ' + (levels[p.value - 1] || ''); }).join('<br>');
        } },
        grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
        legend: { show: false },
        xAxis: { type: 'category', data: data.categories },
        yAxis: { type: 'value', min: 1, max: levels.length, interval: 1,
                 axisLabel: { formatter: function (v) { return levels[v - 1] || ''; } } },
        series: data.series.map(function (s) {
          return { name: s.name, type: 'line', step: 'end', symbolSize: 10, lineStyle: { width: 3 }, data: s.values };
        })
      });
    }
  };

  function draw(figure) {
    var kind = kinds[figure.getAttribute('data-chart')];
    var plot = figure.querySelector('.plot');
    if (!kind || !plot || !window.echarts) {
      return;
    }
    var data = readTable(figure);
    if (data.rows.length === 0) {
      plot.hidden = true;
      return;
    }
    var chart = window.echarts.init(plot, null, { renderer: 'svg' });
    chart.setOption(kind(figure, data));
    window.addEventListener('resize', function () { chart.resize(); });
    figure.setAttribute('data-drawn', 'true');
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
