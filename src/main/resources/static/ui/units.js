'use strict';
// 单位管理: the units as a tree (code, name, parent, region code), create and edit.
(function () {
  const form = () => document.getElementById('unit-form');
  let units = [];
  let editing = null; // the unit being edited, null when creating

  /** Codes of the unit and every unit under it: none of them may become its parent. */
  function selfAndBelow(code) {
    const found = new Set([code]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const unit of units) {
        if (unit.parentCode && found.has(unit.parentCode) && !found.has(unit.code)) {
          found.add(unit.code);
          grew = true;
        }
      }
    }
    return found;
  }

  function fillParentOptions(excluded) {
    const select = form().elements.parentCode;
    select.replaceChildren(Page.el('option', { value: '', text: '（无，顶级单位）' }));
    for (const unit of units) {
      if (!excluded.has(unit.code)) {
        select.append(Page.el('option', { value: unit.code, text: unit.name + '（' + unit.code + '）' }));
      }
    }
  }

  function openForm(unit, parentCode) {
    editing = unit;
    const f = form();
    Page.clearErrors(f);
    f.reset();
    document.getElementById('unit-form-title').textContent = unit ? '修改单位：' + unit.code : '新增单位';
    fillParentOptions(unit ? selfAndBelow(unit.code) : new Set());
    f.elements.code.value = unit ? unit.code : '';
    f.elements.code.readOnly = Boolean(unit);
    f.elements.name.value = unit ? unit.name : '';
    f.elements.parentCode.value = unit ? (unit.parentCode || '') : (parentCode || '');
    f.elements.regionCode.value = unit && unit.regionCode ? unit.regionCode : '';
    f.hidden = false;
    (unit ? f.elements.name : f.elements.code).focus();
  }

  function node(unit, childrenOf) {
    const item = Page.el('li', {},
      Page.el('div', { className: 'unit' },
        Page.el('span', { className: 'unit-name', text: unit.name }),
        Page.el('code', { text: unit.code }),
        Page.el('span', { className: 'muted', text: unit.regionCode ? '区划 ' + unit.regionCode : '' }),
        Page.el('span', { className: 'actions' },
          Page.el('button', { type: 'button', text: '编辑', onClick: function () { openForm(unit); } }),
          Page.el('button', { type: 'button', text: '添加下级', onClick: function () { openForm(null, unit.code); } }))));
    const children = childrenOf.get(unit.code) || [];
    if (children.length > 0) {
      item.append(Page.el('ul', {}, ...children.map(function (child) { return node(child, childrenOf); })));
    }
    return item;
  }

  function render() {
    const known = new Set(units.map(function (unit) { return unit.code; }));
    const childrenOf = new Map();
    const roots = [];
    for (const unit of units) {
      if (unit.parentCode && known.has(unit.parentCode)) {
        if (!childrenOf.has(unit.parentCode)) {
          childrenOf.set(unit.parentCode, []);
        }
        childrenOf.get(unit.parentCode).push(unit);
      } else {
        roots.push(unit);
      }
    }
    document.getElementById('units').replaceChildren(...roots.map(function (root) { return node(root, childrenOf); }));
  }

  async function load() {
    const answer = await Page.api('GET', '/api/admin/units');
    if (!answer.ok) {
      Page.notice('加载失败：' + ((answer.data || {}).detail || '请稍后重试'));
      return;
    }
    units = answer.data;
    render();
  }

  async function save(event) {
    event.preventDefault();
    const f = form();
    const code = f.elements.code.value.trim();
    if (!editing && units.some(function (unit) { return unit.code === code; })) {
      Page.showErrors(f, { field: 'code', detail: '单位代码 ' + code + ' 已存在' });
      return;
    }
    const answer = await Page.api('PUT', '/api/admin/units', {
      code: code,
      name: f.elements.name.value,
      parentCode: f.elements.parentCode.value || null,
      regionCode: f.elements.regionCode.value.trim() || null
    });
    if (!answer.ok) {
      Page.showErrors(f, answer.data);
      return;
    }
    Page.notice((editing ? '已保存单位 ' : '已新增单位 ') + answer.data.name);
    f.hidden = true;
    editing = null;
    await load();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('new-unit').addEventListener('click', function () { openForm(null); });
    form().addEventListener('submit', save);
    document.querySelector('button.cancel').addEventListener('click', function () {
      form().hidden = true;
      editing = null;
    });
    load();
  });
})();
