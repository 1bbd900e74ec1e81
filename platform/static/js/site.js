// The site shell: the phone menu toggle and the language switcher.
document.documentElement.classList.remove("no-js");
document.addEventListener("click", (event) => {
  const toggle = event.target.closest(".menu__toggle");
  if (!toggle) return;
  const open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(open));
  document.getElementById(toggle.getAttribute("aria-controls")).classList.toggle("is-open", open);
});
document.addEventListener("change", (event) => {
  if (event.target.matches("select[data-autosubmit]")) event.target.form.submit();
});
// Header dropdowns (<details>): one open at a time; a click elsewhere or Escape closes them.
document.addEventListener("click", (event) => {
  document.querySelectorAll(".site-header details.dropdown[open]").forEach((details) => {
    if (!details.contains(event.target)) details.open = false;
  });
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".site-header details.dropdown[open]").forEach((details) => {
    details.open = false;
    details.querySelector("summary").focus();
  });
});
