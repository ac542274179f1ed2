// Small enhancements only: every page works without this file.
(function () {
    'use strict';
    // Keep the current section visible in the sideways-scrolling category bar on phones.
    var current = document.querySelector('.sections a[aria-current="page"]');
    if (current && current.scrollIntoView && current.parentElement.offsetLeft > window.innerWidth / 2) {
        current.scrollIntoView({ block: 'nearest', inline: 'center' });
    }
})();
