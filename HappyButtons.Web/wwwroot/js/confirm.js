// Asks before a plain form button with data-confirm="question" submits (the CSP allows no inline onclick handlers).
document.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
    }
});
