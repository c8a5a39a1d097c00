'use strict';
// 用户管理: list, create, edit (name, unit, roles, enabled) and reset a password.
(function () {
  const userForm = () => document.getElementById('user-form');
  const passwordForm = () => document.getElementById('password-form');
  let units = [];
  let editing = null; // the user being edited, null when creating
  let resetting = null; // the user whose password is being reset

  function unitLabel(code) {
    const unit = units.find(function (u) { return u.code === code; });
    return unit ? unit.name + '（' + unit.code + '）' : (code || '—');
  }

  function fillUnitOptions(select) {
    select.replaceChildren(Page.el('option', { value: '', text: '（无）' }));
    for (const unit of units) {
      select.append(Page.el('option', { value: unit.code, text: unit.name + '（' + unit.code + '）' }));
    }
  }

  function fillRoleChecks(container) {
    container.replaceChildren();
    for (const [role, name] of Object.entries(Page.ROLE_NAMES)) {
      container.append(Page.el('label', { className: 'check' },
        Page.el('input', { type: 'checkbox', name: 'roles', value: role }), ' ' + name));
    }
  }

  function hideForms() {
    userForm().hidden = true;
    passwordForm().hidden = true;
    editing = null;
    resetting = null;
  }

  function openUserForm(user) {
    hideForms();
    editing = user;
    const form = userForm();
    Page.clearErrors(form);
    form.reset();
    document.getElementById('user-form-title').textContent = user ? '修改用户：' + user.username : '新增用户';
    form.elements.username.value = user ? user.username : '';
    form.elements.username.readOnly = Boolean(user);
    form.elements.displayName.value = user ? user.displayName : '';
    form.elements.unitCode.value = user && user.unitCode ? user.unitCode : '';
    for (const box of form.querySelectorAll('input[name="roles"]')) {
      box.checked = Boolean(user && user.roles.includes(box.value));
    }
    document.getElementById('initial-password').hidden = Boolean(user);
    document.getElementById('enabled-row').hidden = !user;
    form.elements.enabled.checked = !user || user.enabled;
    form.hidden = false;
    (user ? form.elements.displayName : form.elements.username).focus();
  }

  function openPasswordForm(user) {
    hideForms();
    resetting = user;
    const form = passwordForm();
    Page.clearErrors(form);
    form.reset();
    document.getElementById('password-form-title').textContent = '重置密码：' + user.username;
    form.hidden = false;
    form.elements.password.focus();
  }

  function row(user) {
    const roles = user.roles.map(function (role) { return Page.ROLE_NAMES[role] || role; }).join('、');
    return Page.el('tr', { className: user.enabled ? '' : 'disabled' },
      Page.el('td', { text: user.username }),
      Page.el('td', { text: user.displayName }),
      Page.el('td', { text: unitLabel(user.unitCode) }),
      Page.el('td', { text: roles }),
      Page.el('td', { text: user.enabled ? '启用' : '停用' }),
      Page.el('td', { className: 'actions' },
        Page.el('button', { type: 'button', text: '编辑', onClick: function () { openUserForm(user); } }),
        Page.el('button', { type: 'button', text: '重置密码', onClick: function () { openPasswordForm(user); } })));
  }

  async function load() {
    const [unitAnswer, userAnswer] = await Promise.all([Page.api('GET', '/api/admin/units'),
      Page.api('GET', '/api/admin/users')]);
    if (!unitAnswer.ok || !userAnswer.ok) {
      Page.notice('加载失败：' + ((userAnswer.data || unitAnswer.data || {}).detail || '请稍后重试'));
      return;
    }
    units = unitAnswer.data;
    fillUnitOptions(userForm().elements.unitCode);
    document.getElementById('users').replaceChildren(...userAnswer.data.map(row));
  }

  async function saveUser(event) {
    event.preventDefault();
    const form = userForm();
    const roles = Array.from(form.querySelectorAll('input[name="roles"]:checked')).map(function (box) {
      return box.value;
    });
    const common = {
      displayName: form.elements.displayName.value,
      unitCode: form.elements.unitCode.value || null,
      roles: roles
    };
    const answer = editing
      ? await Page.api('PUT', '/api/admin/users/' + encodeURIComponent(editing.username),
        Object.assign(common, { enabled: form.elements.enabled.checked }))
      : await Page.api('POST', '/api/admin/users',
        Object.assign(common, { username: form.elements.username.value, password: form.elements.password.value }));
    if (!answer.ok) {
      Page.showErrors(form, answer.data);
      return;
    }
    Page.notice((editing ? '已保存用户 ' : '已新增用户 ') + answer.data.username);
    hideForms();
    await load();
  }

  async function resetPassword(event) {
    event.preventDefault();
    const form = passwordForm();
    const answer = await Page.api('POST', '/api/admin/users/' + encodeURIComponent(resetting.username) + '/password',
      { password: form.elements.password.value });
    if (!answer.ok) {
      Page.showErrors(form, answer.data);
      return;
    }
    Page.notice('已重置用户 ' + resetting.username + ' 的密码');
    hideForms();
  }

  document.addEventListener('DOMContentLoaded', function () {
    fillRoleChecks(document.getElementById('roles'));
    document.getElementById('new-user').addEventListener('click', function () { openUserForm(null); });
    userForm().addEventListener('submit', saveUser);
    passwordForm().addEventListener('submit', resetPassword);
    for (const cancel of document.querySelectorAll('button.cancel')) {
      cancel.addEventListener('click', hideForms);
    }
    load();
  });
})();
