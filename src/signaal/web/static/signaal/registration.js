/* The registration form, progressively: a field required only when other answers hold
 * (data-required-when="field=code|code;field=code") is marked "required now" while they
 * hold. The form works the same without this script; the server checks everything. */
(function () {
  "use strict";
  var form = document.getElementById("reg-form");
  if (!form) return;
  var summary = document.getElementById("reg-errors");
  if (summary) summary.focus();
  var fields = form.querySelectorAll("[data-required-when]");

  function answer(name) {
    var chosen = form.querySelector('input[name="' + name + '"]:checked');
    return chosen ? chosen.value : "";
  }

  function update() {
    Array.prototype.forEach.call(fields, function (field) {
      var holds = field.getAttribute("data-required-when").split(";").every(function (part) {
        var pieces = part.split("=");
        return pieces[1].split("|").indexOf(answer(pieces[0])) !== -1;
      });
      field.classList.toggle("is-required-now", holds);
      var legend = field.querySelector("legend");
      var mark = legend.querySelector(".reg-now");
      if (holds && !mark) {
        mark = document.createElement("span");
        mark.className = "reg-now";
        mark.textContent = " *";
        legend.appendChild(mark);
      } else if (!holds && mark) {
        mark.remove();
      }
    });
  }

  form.addEventListener("change", update);
  update();
})();
