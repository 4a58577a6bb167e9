/*
 * The sign-in form keeps the user name after a wrong password (docs/ui.md, "Forms"). Quarkus's form
 * sign-in answers a failure with a redirect to /login?error=true that carries nothing of the form, so the
 * name typed is kept in this tab's sessionStorage (never the password) and put back after that redirect.
 */
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var name = document.getElementById('j_username');
  var password = document.getElementById('j_password');
  if (!form || !name) {
    return;
  }
  var KEY = 'factdesk.signInName';
  try {
    var kept = sessionStorage.getItem(KEY);
    if (kept && !name.value && document.querySelector('.sign-in-failed')) {
      name.value = kept;
      if (password) {
        password.focus();
      }
    }
    form.addEventListener('submit', function () {
      sessionStorage.setItem(KEY, name.value);
    });
  } catch (e) {
    // Storage refused (a private window's settings): the user types the name again.
  }
}());
