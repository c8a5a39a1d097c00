'use strict';
// 首页: the links this user's roles may use.
(function () {
  const LINKS = [
    { href: '/admin/users', title: '用户管理', text: '新增、修改、停用用户，分配角色与单位，重置密码', roles: ['ADMIN'] },
    { href: '/admin/units', title: '单位管理', text: '维护单位层级、名称和行政区划代码', roles: ['ADMIN'] },
    { href: '/reports.html', title: '统计报表', text: '年度或任意期间的统计指标（按单位、类别、信访形式、月份），导出 XLSX/CSV', roles: ['AUDITOR', 'SUPERVISOR'] },
    { href: '/swagger-ui.html', title: '接口文档', text: 'API 说明（Swagger UI），可在登录状态下直接调用' },
    { href: '/camunda/app/cockpit/default/', title: 'Camunda Cockpit', text: '流程实例监控：只显示本人数据范围内的事项（已用本系统账号登录）', roles: ['ADMIN', 'CLERK', 'HANDLER', 'HEAD', 'REVIEWER', 'SUPERVISOR'] },
    { href: '/camunda/app/tasklist/default/', title: 'Camunda Tasklist', text: '流程任务只读查看与认领；办理请使用本系统', roles: ['ADMIN', 'CLERK', 'HANDLER', 'HEAD', 'REVIEWER', 'SUPERVISOR'] },
    { href: '/actuator/health', title: '运行状态', text: '应用健康检查' },
    { href: '/actuator/prometheus', title: '运行指标', text: 'Prometheus 指标', roles: ['ADMIN', 'AUDITOR'] }
  ];

  document.addEventListener('DOMContentLoaded', function () {
    Page.me().then(function (user) {
      const roles = user.roles || [];
      document.getElementById('roles').textContent = '角色：'
        + (roles.map(function (role) { return Page.ROLE_NAMES[role] || role; }).join('、') || '无');
      const list = document.getElementById('links');
      for (const link of LINKS) {
        if (link.roles && !link.roles.some(function (role) { return roles.includes(role); })) {
          continue;
        }
        list.append(Page.el('li', {},
          Page.el('a', { href: link.href, text: link.title }),
          Page.el('p', { text: link.text })));
      }
    });
  });
})();
