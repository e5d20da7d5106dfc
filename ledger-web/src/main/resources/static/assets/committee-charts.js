/* The committee's charts, drawn with ECharts from the tables beside them: each figure[data-chart] holds a
   table whose column headers marked data-series are the series, whose row headers are the categories, and
   whose cells carry their figure in data-value (none: no figure). The table is what a screen reader reads;
   the chart only draws it, so the two cannot disagree. No data lives in the script. */
(function () {
  'use strict';
  /* Okabe and Ito's palette, told apart with colour blindness too */
  var PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#000000'];
  var FONT = '13px system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  /* how wide the longest category is drawn, so that the axis gets room for it rather than cutting it */
  function labelWidth(labels) {
    var context = document.createElement('canvas').getContext('2d');
    context.font = FONT;
    // with room to spare: the canvas may settle on another font of the list than the chart does
    return Math.ceil(labels.reduce(function (widest, label) {
      return Math.max(widest, context.measureText(label).width);
    }, 0) * 1.15) + 8;
  }

  /* a figure's number inside its bar: white on a dark colour, ink on a light one */
  function inkOn(colour) {
    var hex = colour.replace('#', '');
    var channel = function (at) {
      var c = parseInt(hex.substr(at, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    return luminance > 0.35 ? '#1a1a1a' : '#ffffff';
  }

  function colours(figure) {
    var own = figure.getAttribute('data-colours');
    return own ? own.split('|') : PALETTE;
  }

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
    /* milestone levels over time, one small chart per competency so that equal levels never hide each other;
       a row marked data-review is what the last committee review saw, marked on each */
    lines: function (figure, data, plot) {
      var reviewIndex = data.rows.findIndex(function (tr) { return tr.hasAttribute('data-review'); });
      var reviewLabel = figure.getAttribute('data-review-label');
      var levelLabel = figure.getAttribute('data-level-label') || '';
      var columns = 3;
      var rows = Math.ceil(data.series.length / columns);
      var width = plot.clientWidth / columns;
      var height = (plot.clientHeight - 32) / rows;
      var option = merge({
        legend: { top: 0, data: reviewIndex >= 0 ? [levelLabel, reviewLabel] : [levelLabel] },
        tooltip: { trigger: 'item' },
        title: [], grid: [], xAxis: [], yAxis: [], series: []
      });
      data.series.forEach(function (s, n) {
        var left = (n % columns) * width;
        var top = 32 + Math.floor(n / columns) * height;
        option.title.push({ text: s.name, left: left + 40, top: top, textStyle: { fontSize: 14, fontWeight: 600, color: '#1a1a1a' } });
        option.grid.push({ left: left + 40, top: top + 30, width: width - 64, height: height - 70 });
        option.xAxis.push({ gridIndex: n, type: 'category', data: data.categories, axisLabel: { hideOverlap: true, fontSize: 12 } });
        option.yAxis.push({ gridIndex: n, type: 'value', min: 1, max: 5, interval: 1 });
        option.series.push({
          name: levelLabel, type: 'line', xAxisIndex: n, yAxisIndex: n, connectNulls: true, symbolSize: 9,
          lineStyle: { width: 3 }, color: PALETTE[0],
          data: s.values.map(function (v, i) { return i === reviewIndex ? null : v; })
        });
        if (reviewIndex >= 0) {
          option.series.push({
            name: reviewLabel, type: 'scatter', xAxisIndex: n, yAxisIndex: n, symbol: 'diamond', symbolSize: 16,
            color: '#1a1a1a', z: 5,
            data: s.values[reviewIndex] === null ? [] : [[reviewIndex, s.values[reviewIndex]]],
            markLine: {
              symbol: 'none', silent: true, lineStyle: { color: '#1a1a1a', type: 'dashed', width: 2 }, label: { show: false },
              data: [{ xAxis: reviewIndex }]
            }
          });
        }
      });
      return option;
    },
    /* categories down the side, one bar per series (stacked when the figure says so) */
    bars: function (figure, data) {
      var stacked = figure.hasAttribute('data-stacked');
      var hideCategories = figure.hasAttribute('data-hide-categories');
      var left = hideCategories ? 0 : labelWidth(data.categories);
      var palette = colours(figure);
      return merge({
        color: palette,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: left + 16, right: 24, top: 40, bottom: 24, containLabel: false },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: data.categories, inverse: true,
                 axisLabel: { show: !hideCategories, width: left, overflow: 'truncate', fontSize: 13 } },
        series: data.series.map(function (s, n) {
          return { name: s.name, type: 'bar', stack: stacked ? 'all' : undefined, barMaxWidth: 28, data: s.values,
                   label: { show: stacked, color: inkOn(palette[n % palette.length]), fontSize: 13, fontWeight: 600,
                            formatter: function (p) { return p.value ? p.value : ''; } } };
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
        grid: { left: labelWidth(levels) + 16, right: 24, top: 16, bottom: 24, containLabel: false },
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
    // no figures yet (no evaluation, no review): the page says so, and there is nothing to draw
    var data = figure.querySelector('table') ? readTable(figure) : { rows: [] };
    if (data.rows.length === 0) {
      plot.hidden = true;
      return;
    }
    // canvas: the SVG renderer gives every chart the same clip-path ids, which a page must not repeat (axe: duplicate-id)
    var chart = window.echarts.init(plot, null, { renderer: 'canvas' });
    chart.setOption(kind(figure, data, plot));
    window.addEventListener('resize', function () {
      chart.resize();
      // laid out in pixels of the plot's size: lay it out again
      chart.setOption(kind(figure, data, plot), true);
    });
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
