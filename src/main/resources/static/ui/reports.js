'use strict';
// 统计报表: the figures of a year or a range for a jurisdiction, their breakdowns, and export jobs (XLSX, CSV)
// with a progress bar; the definitions come from /api/reports/definitions, the same text the exports print.
(function () {
  const STATUS = { QUEUED: '排队中', RUNNING: '进行中', DONE: '已完成', FAILED: '失败' };
  const PARTS = { FIGURES: '指标', MATTERS: '事项清单' };
  const POLL_MS = 1500;
  let definitions = [];
  let report = null;
  let polling = null;

  const form = () => document.getElementById('report-form');

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (Number(rate) * 100).toFixed(2) + '%';
  }

  function points(change) {
    if (change === null || change === undefined) {
      return '—';
    }
    const value = Number(change) * 100;
    return (value > 0 ? '+' : '') + value.toFixed(2) + ' 个百分点';
  }

  function describe(definition) {
    return '分子：' + definition.numerator + '\n分母：' + definition.denominator + '\n依据：' + definition.basis;
  }

  /** The period and jurisdiction of the form, as the API takes them. */
  function parameters() {
    const f = form();
    const body = {};
    if (f.elements.kind.value === 'year') {
      body.year = f.elements.year.value === '' ? null : Number(f.elements.year.value);
    } else {
      body.from = f.elements.from.value || null;
      body.to = f.elements.to.value || null;
    }
    const jurisdiction = f.elements.jurisdiction.value.trim();
    if (jurisdiction) {
      body.jurisdiction = jurisdiction;
    }
    return body;
  }

  function reportPath(body) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(body)) {
      if (value !== null && value !== undefined) {
        query.set(key, String(value));
      }
    }
    return (body.year !== undefined ? '/api/reports/yearly?' : '/api/reports?') + query.toString();
  }

  async function load() {
    const f = form();
    Page.clearErrors(f);
    const answer = await Page.api('GET', reportPath(parameters()));
    if (!answer.ok) {
      Page.showErrors(f, answer.data);
      return;
    }
    report = answer.data;
    render();
  }

  function render() {
    document.getElementById('report').hidden = false;
    document.getElementById('report-title').textContent = report.jurisdictionName + '（' + report.jurisdiction + '）';
    document.getElementById('report-about').textContent = '统计期间 ' + report.from + ' 至 ' + report.to
      + '；登记 ' + report.totals.registered + ' 件；统计日 ' + report.asOf + '（期限以此日判断）；上年同期登记 '
      + report.yearOverYear.registered.previous + ' 件';
    const rows = definitions.map(function (definition) {
      const figure = report.figures[definition.figure];
      const change = report.yearOverYear.figures[definition.figure] || {};
      return Page.el('tr', {},
        Page.el('td', { title: describe(definition), text: definition.name }),
        Page.el('td', { className: 'num', text: String(figure.numerator) }),
        Page.el('td', { className: 'num', text: String(figure.denominator) }),
        Page.el('td', { className: 'num', text: percent(figure.rate) }),
        Page.el('td', { className: 'num', text: percent(change.previous) }),
        Page.el('td', { className: 'num', text: points(change.change) }));
    });
    document.getElementById('figures').replaceChildren(...rows);
    renderBreakdown();
  }

  function renderBreakdown() {
    const kind = document.getElementById('breakdown').value;
    document.getElementById('breakdown-head').replaceChildren(Page.el('tr', {},
      Page.el('th', { text: kind === 'month' ? '月份' : '名称' }),
      Page.el('th', { className: 'num', text: '登记数' }),
      ...definitions.map(function (definition) {
        return Page.el('th', { className: 'num', title: describe(definition), text: definition.name });
      })));
    const rows = report.breakdowns[kind].map(function (row) {
      let name = Page.el('span', { text: row.key === row.name ? row.name : row.name + '（' + row.key + '）' });
      if (kind === 'unit' && row.key !== report.jurisdiction) {
        name = Page.el('button', { type: 'button', className: 'link', title: '查看该单位的统计', text: row.name + '（' + row.key + '）',
          onClick: function () {
            form().elements.jurisdiction.value = row.key;
            load();
          } });
      }
      return Page.el('tr', {},
        Page.el('td', {}, name),
        Page.el('td', { className: 'num', text: String(row.registered) }),
        ...definitions.map(function (definition) {
          const figure = row.figures[definition.figure];
          return Page.el('td', { className: 'num', text: percent(figure.rate) + '（' + figure.numerator + '/' + figure.denominator + '）' });
        }));
    });
    document.getElementById('breakdown-rows').replaceChildren(...rows);
  }

  async function startExport(format, part) {
    const f = form();
    Page.clearErrors(f);
    const body = parameters();
    body.format = format;
    if (part) {
      body.part = part;
    }
    const answer = await Page.api('POST', '/api/reports/exports', body);
    if (!answer.ok) {
      Page.showErrors(f, answer.data);
      return;
    }
    Page.notice('已开始导出，完成后可在下方下载');
    await listExports();
  }

  function periodOf(job) {
    return job.year ? job.year + ' 年' : job.from + ' 至 ' + job.to;
  }

  function exportRow(job) {
    const progress = Page.el('progress', { max: '1', value: String(job.progress), title: Math.round(job.progress * 100) + '%' });
    let file = Page.el('span', { className: 'muted', text: '' });
    if (job.status === 'DONE') {
      file = Page.el('a', { href: '/api/reports/exports/' + encodeURIComponent(job.id) + '/file', text: '下载 ' + job.fileName });
    } else if (job.status === 'FAILED') {
      file = Page.el('span', { className: 'field-error', text: job.error || '导出失败' });
    }
    return Page.el('tr', {},
      Page.el('td', { text: new Date(job.createdAt).toLocaleString('zh-CN', { hour12: false }) }),
      Page.el('td', { text: periodOf(job) }),
      Page.el('td', { text: job.jurisdictionName + '（' + job.jurisdiction + '）' }),
      Page.el('td', { text: job.format + (job.part ? '（' + PARTS[job.part] + '）' : '') }),
      Page.el('td', { text: STATUS[job.status] || job.status }),
      Page.el('td', {}, progress, ' ' + Math.round(job.progress * 100) + '%'),
      Page.el('td', {}, file));
  }

  async function listExports() {
    const answer = await Page.api('GET', '/api/reports/exports');
    if (!answer.ok) {
      Page.notice((answer.data && answer.data.detail) || '导出列表读取失败');
      return;
    }
    const jobs = answer.data || [];
    document.getElementById('exports').replaceChildren(...(jobs.length === 0
      ? [Page.el('tr', {}, Page.el('td', { colspan: '7', className: 'muted', text: '暂无导出' }))]
      : jobs.map(exportRow)));
    const unfinished = jobs.some(function (job) { return job.status === 'QUEUED' || job.status === 'RUNNING'; });
    if (unfinished && !polling) {
      polling = window.setInterval(listExports, POLL_MS);
    } else if (!unfinished && polling) {
      window.clearInterval(polling);
      polling = null;
    }
  }

  function showKind() {
    const byYear = form().elements.kind.value === 'year';
    document.getElementById('year-field').hidden = !byYear;
    document.getElementById('from-field').hidden = byYear;
    document.getElementById('to-field').hidden = byYear;
  }

  function fillDefinitions(answer) {
    definitions = answer.figures;
    const list = document.getElementById('definitions');
    list.replaceChildren();
    for (const definition of definitions) {
      list.append(Page.el('dt', { text: definition.name + '（' + definition.figure + '）' }),
        Page.el('dd', { text: describe(definition) }));
    }
    for (const rule of answer.rules) {
      list.append(Page.el('dt', { text: rule.topic }), Page.el('dd', { text: rule.text }));
    }
  }

  document.addEventListener('DOMContentLoaded', async function () {
    const f = form();
    for (const radio of f.elements.kind) {
      radio.addEventListener('change', showKind);
    }
    f.addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    for (const button of f.querySelectorAll('[data-export]')) {
      button.addEventListener('click', function () {
        startExport(button.dataset.export, button.dataset.part);
      });
    }
    document.getElementById('breakdown').addEventListener('change', function () {
      if (report) {
        renderBreakdown();
      }
    });
    const clock = await Page.api('GET', '/api/simulation/clock');
    const today = clock.ok && clock.data && clock.data.now ? new Date(clock.data.now) : new Date();
    f.elements.year.value = String(today.getFullYear());
    const answer = await Page.api('GET', '/api/reports/definitions');
    if (answer.ok) {
      fillDefinitions(answer.data);
    }
    listExports();
  });
})();
