// Keyboard shortcuts for the moderation queue: j/k move between comments, a approves, h hides,
// r goes to the reason field to reject, x selects for bulk actions. Plain forms do the work.
(function () {
    'use strict';
    var items = Array.prototype.slice.call(document.querySelectorAll('[data-mod-item]'));
    if (items.length === 0) {
        return;
    }
    var current = -1;

    function focus(index) {
        current = Math.max(0, Math.min(items.length - 1, index));
        items[current].focus();
        items[current].scrollIntoView({ block: 'nearest' });
    }

    function press(action) {
        var item = items[current];
        var button = item && item.querySelector('.mod-actions [data-action="' + action + '"]');
        if (button) {
            button.click();
        }
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName) || target.isContentEditable) {
            return;
        }
        var item = target.closest && target.closest('[data-mod-item]');
        if (item) {
            current = items.indexOf(item);
        }
        switch (event.key) {
            case 'j': focus(current + 1); break;
            case 'k': focus(current - 1); break;
            case 'a': press('onayla'); break;
            case 'h': press('gizle'); break;
            case 'r':
                if (current >= 0) {
                    event.preventDefault();
                    items[current].querySelector('.mod-actions input[name=neden]').focus();
                }
                break;
            case 'x':
                if (current >= 0) {
                    var box = items[current].querySelector('.mod-select');
                    box.checked = !box.checked;
                }
                break;
            default: return;
        }
    });
})();
