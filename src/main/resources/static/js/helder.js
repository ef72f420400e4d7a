// SPDX-License-Identifier: EUPL-1.2
// After a form comes back with errors, move focus to the summary so screen readers announce it first.
document.addEventListener('DOMContentLoaded', function () {
  var overzicht = document.querySelector('.helder-foutoverzicht');
  if (overzicht) {
    overzicht.focus();
  }
});
