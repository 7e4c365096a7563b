// Keyboard shortcuts of the work queue and the conversation page (a module: no inline script, CSP-compatible).
// Keys typed into a field stay in the field; Escape leaves it.
const keys = new Set(['j', 'k', 'a', 'r', 'e', '?', 'x', 'Enter']);
const replyField = 'composer-body';

export function attach(dotnet) {
    const handler = (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
            return;
        }
        const target = event.target;
        if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
            if (event.key === 'Escape') {
                target.blur();
            }
            return;
        }
        if (target && target.closest && target.closest('.mud-dialog, .mud-popover-open')) {
            return;
        }
        if (keys.has(event.key)) {
            if (event.key === 'Enter' && target && ['A', 'BUTTON'].includes(target.tagName)) {
                return;
            }
            event.preventDefault();
            // r on a conversation page moves the caret into the reply at once: through the server, the first keys a
            // fast typist presses after r would land on the page before the focus arrived, and be lost.
            if (event.key === 'r' && document.getElementById(replyField)) {
                focusReply(replyField);
                return;
            }
            dotnet.invokeMethodAsync('OnShortcut', event.key);
        }
    };
    document.addEventListener('keydown', handler);
    return { detach: () => document.removeEventListener('keydown', handler) };
}

export function focus(id) {
    const element = document.getElementById(id);
    if (element) {
        element.focus();
        element.scrollIntoView({ block: 'nearest' });
    }
}

export function scrollTo(selector) {
    const element = document.querySelector(selector);
    if (element) {
        element.scrollIntoView({ block: 'nearest' });
    }
}

// The reply text with the caret after the salutation's blank line, where the clerk starts to write.
export function focusReply(id) {
    const element = document.getElementById(id);
    if (!element) {
        return;
    }
    element.focus();
    const start = element.value.indexOf('\n\n');
    if (start >= 0 && element.setSelectionRange) {
        element.setSelectionRange(start + 2, start + 2);
    }
    element.scrollIntoView({ block: 'center' });
}
