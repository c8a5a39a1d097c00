'use strict';
// 登录页: the form carries the CSRF token from the cookie; the query string names the message to show.
(function () {
  function cookie(name) {
    for (const part of document.cookie.split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === name) {
        return decodeURIComponent(value.join('='));
      }
    }
    return '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    const form = document.querySelector('form');
    form.addEventListener('submit', function () {
      form.elements._csrf.value = cookie('XF-XSRF-TOKEN');
    });
    const params = new URLSearchParams(window.location.search);
    for (const name of ['error', 'locked', 'logout', 'expired']) {
      if (params.has(name)) {
        document.getElementById('message-' + name).hidden = false;
      }
    }
  });
})();
