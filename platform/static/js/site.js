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
