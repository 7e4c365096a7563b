// Shows a banner while the live connection (SSE) is down; htmx reconnects by itself.
(function () {
    function setLive(ok) {
        document.querySelectorAll('.live-status').forEach(function (el) { el.classList.toggle('d-none', ok); });
        document.body.dataset.live = ok ? 'open' : 'closed';
    }
    document.body.addEventListener('htmx:sseOpen', function () { setLive(true); });
    document.body.addEventListener('htmx:sseError', function () { setLive(false); });
})();
