'use strict';
// 页面公共脚本: the signed-in user, API calls with the session and the CSRF token, safe DOM building.
// Text from the server is only ever set with textContent or as attribute values, never parsed as HTML.
const Page = (function () {
  const ROLE_NAMES = {
    CLERK: '登记员',
    HANDLER: '责任单位经办人',
    HEAD: '责任单位负责人',
    REVIEWER: '信访部门审核',
    SUPERVISOR: '督查督办',
    AUDITOR: '审计/统计',
    ADMIN: '系统管理员'
  };

  function cookie(name) {
    for (const part of document.cookie.split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === name) {
        return decodeURIComponent(value.join('='));
      }
    }
    return '';
  }

  /** Calls the API with the session; resolves to {status, ok, data}; a lost session goes to the login page. */
  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = cookie('XF-XSRF-TOKEN');
    }
    const options = { method: method, headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    if (response.status === 401) {
      window.location.assign('/login?expired');
      throw new Error('未登录');
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        data = { detail: '服务器返回了无法识别的内容（' + response.status + '）' };
      }
    }
    return { status: response.status, ok: response.ok, data: data };
  }

  /** Builds an element: props.text → textContent, props.className, other props → attributes; children are nodes or text. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (key === 'text') {
        node.textContent = value;
      } else if (key === 'className') {
        node.className = value;
      } else if (key === 'onClick') {
        node.addEventListener('click', value);
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child !== undefined && child !== null) {
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return node;
  }

  function clearErrors(form) {
    for (const slot of form.querySelectorAll('[data-error-for]')) {
      slot.textContent = '';
      if (slot.classList.contains('message')) {
        slot.hidden = true;
      }
    }
  }

  /** Shows a problem+json answer: each field's message beside the field, anything else at the top of the form. */
  function showErrors(form, problem) {
    clearErrors(form);
    const data = problem || {};
    const errors = Array.isArray(data.errors) && data.errors.length > 0 ? data.errors
      : [{ field: data.field, message: data.detail || data.title || '操作失败' }];
    for (const error of errors) {
      const field = String(error.field || '').split(/[.[]/)[0];
      let slot = field ? form.querySelector('[data-error-for="' + CSS.escape(field) + '"]') : null;
      let text = String(error.message || '');
      if (!slot) {
        slot = form.querySelector('[data-error-for=""]');
        slot.hidden = false;
      } else if (text.startsWith(field + ': ')) {
        text = text.substring(field.length + 2);
      }
      slot.textContent = slot.textContent ? slot.textContent + '；' + text : text;
    }
  }

  function notice(text) {
    const box = document.getElementById('notice');
    if (box) {
      box.textContent = text;
      box.hidden = !text;
    }
  }

  let current = null;
  /** The signed-in user ({username, displayName, unitCode, roles}). */
  function me() {
    if (!current) {
      current = api('GET', '/api/me').then(function (answer) {
        return answer.data;
      });
    }
    return current;
  }

  document.addEventListener('DOMContentLoaded', function () {
    for (const form of document.querySelectorAll('form.logout')) {
      form.addEventListener('submit', function () {
        form.elements._csrf.value = cookie('XF-XSRF-TOKEN');
      });
    }
    me().then(function (user) {
      const who = document.getElementById('who');
      if (who && user) {
        who.textContent = user.displayName + '（' + user.username + '）';
      }
    });
  });

  return { ROLE_NAMES, api, el, clearErrors, showErrors, notice, me };
})();
