// Drives the reconnect dialog of Components/Layout/ReconnectModal.razor. blazor.web.js raises
// "components-reconnect-state-changed" on the dialog; after a server restart the server no longer knows the
// circuit ("rejected"), so the page reloads itself. When the automatic attempts run out ("failed") it keeps
// trying every few seconds instead of waiting for someone to press a button.
const modal = document.getElementById("components-reconnect-modal");
let retryTimer = null;

if (modal) {
    modal.addEventListener("components-reconnect-state-changed", event => {
        const state = event.detail.state;
        if (state === "show") {
            if (!modal.open) modal.showModal();
        } else if (state === "hide") {
            stopRetrying();
            if (modal.open) modal.close();
        } else if (state === "failed") {
            startRetrying();
        } else if (state === "rejected") {
            location.reload();
        }
    });
    document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
    document.getElementById("components-resume-button")?.addEventListener("click", resume);
}

function startRetrying() {
    if (retryTimer === null) retryTimer = setInterval(retry, 5000);
}

function stopRetrying() {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
}

async function retry() {
    try {
        const reconnected = await Blazor.reconnect();
        if (reconnected) {
            stopRetrying();
            return;
        }
        // The server is back but does not know this circuit (it restarted): start afresh.
        const resumed = await Blazor.resumeCircuit();
        if (resumed) {
            stopRetrying();
            if (modal.open) modal.close();
        } else {
            location.reload();
        }
    } catch {
        startRetrying();
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) location.reload();
    } catch {
        location.reload();
    }
}
