// Small enhancements only: every page works without this file.
(function () {
    'use strict';
    // Keep the current section visible in the sideways-scrolling category bar on phones. The home
    // link comes first and is always in view. Positions are read in the next frame, when the
    // browser lays the page out anyway: read now, they would force an extra layout of the page.
    var current = document.querySelector('.sections li:not(:first-child) > a[aria-current="page"]');
    if (!current || !current.scrollIntoView || !window.requestAnimationFrame) {
        return;
    }
    window.requestAnimationFrame(function () {
        if (current.parentElement.offsetLeft > window.innerWidth / 2) {
            current.scrollIntoView({ block: 'nearest', inline: 'center' });
        }
    });
})();

// Counts a reading. The page comes from a cache, so it cannot count itself: a small request that
// is never cached tells the server (without JavaScript the page's <noscript> image does).
(function () {
    'use strict';
    var story = document.querySelector('article[data-article-id]');
    if (!story) {
        return;
    }
    var address = '/okunma/' + encodeURIComponent(story.getAttribute('data-article-id'));
    function count() {
        if (!(navigator.sendBeacon && navigator.sendBeacon(address))) {
            new Image(1, 1).src = address + '.gif';
        }
    }
    // A page the browser prepares before the reader opens it is counted when it is opened.
    if (document.prerendering) {
        document.addEventListener('prerenderingchange', count, { once: true });
    } else {
        count();
    }
})();

// Comments without page reloads. Every action is a plain form or link that works without this
// file; here the same requests are sent with fetch and the answer is shown in place.
(function () {
    'use strict';
    var section = document.querySelector('[data-comments]');
    if (!section || !window.fetch || !window.FormData) {
        return;
    }
    var voted = readVotes();

    function readVotes() {
        try {
            return JSON.parse(localStorage.getItem('manset-votes') || '{}');
        } catch (e) {
            return {};
        }
    }

    function rememberVote(id, direction) {
        voted[id] = direction;
        try {
            localStorage.setItem('manset-votes', JSON.stringify(voted));
        } catch (e) { /* private mode: the server still counts one vote */ }
    }

    function markVotes(root) {
        root.querySelectorAll('.comment').forEach(function (comment) {
            var mine = voted[comment.getAttribute('data-comment')];
            comment.querySelectorAll(':scope > .comment-actions .vote').forEach(function (button) {
                var up = button.classList.contains('vote-up');
                button.setAttribute('aria-pressed', String((mine === 'begen' && up) || (mine === 'begenme' && !up)));
            });
        });
    }

    function send(form) {
        return fetch(form.action, {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: { 'Accept': 'application/json' },
            credentials: 'same-origin'
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) {
                return { ok: response.ok, body: body };
            });
        });
    }

    function status(form, text, error) {
        var line = form.querySelector('.form-status');
        if (line) {
            line.textContent = text;
            line.classList.toggle('form-error', !!error);
        }
    }

    function countOneMore() {
        var count = section.querySelector('.comment-count');
        if (count) {
            count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
        }
    }

    function showVotes(comment, likes, dislikes) {
        var like = comment.querySelector(':scope > .comment-actions .vote-up');
        var dislike = comment.querySelector(':scope > .comment-actions .vote-down');
        like.querySelector('[data-likes]').textContent = likes;
        like.setAttribute('aria-label', 'Beğen, ' + likes + ' beğeni');
        dislike.querySelector('[data-dislikes]').textContent = dislikes;
        dislike.setAttribute('aria-label', 'Beğenme, ' + dislikes + ' beğenmeme');
    }

    function newComment(form, body) {
        var li = document.createElement('li');
        li.className = 'comment comment-mine';
        li.id = 'yorum-' + body.id;
        var meta = document.createElement('p');
        meta.className = 'comment-meta';
        var name = document.createElement('strong');
        name.className = 'comment-author';
        // A signed-in reader's comment carries their account's name, which the server answers with.
        name.textContent = body.ad || form.querySelector('[name=ad]').value;
        meta.appendChild(name);
        meta.appendChild(document.createTextNode(' az önce'));
        if (body.durum !== 'PUBLISHED') {
            var badge = document.createElement('span');
            badge.className = 'badge-waiting';
            badge.textContent = 'onay bekliyor';
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(badge);
        }
        var text = document.createElement('p');
        text.className = 'comment-body';
        text.textContent = form.querySelector('[name=metin]').value;
        li.appendChild(meta);
        li.appendChild(text);
        return li;
    }

    section.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.matches('[data-comment-form]')) {
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            button.disabled = true;
            status(form, 'Gönderiliyor…');
            send(form).then(function (result) {
                button.disabled = false;
                if (!result.ok) {
                    status(form, result.body.hata || 'Yorumunuz gönderilemedi. Lütfen yeniden deneyin.', true);
                    return;
                }
                if (result.body.durum === 'REJECTED') {
                    // Refused by the rules: nothing to show in the list, only why.
                    status(form, result.body.mesaj, true);
                    return;
                }
                status(form, result.body.mesaj);
                if (result.body.durum === 'PUBLISHED') {
                    countOneMore();
                }
                var parent = form.querySelector('[name=ust]').value;
                var item = newComment(form, result.body);
                if (parent) {
                    // One level of replies, as the server keeps them: an answer to an answer joins
                    // the thread of the comment it answers.
                    var thread = document.getElementById('yorum-' + parent);
                    thread = (thread.parentElement && thread.parentElement.closest('.comment')) || thread;
                    var replies = thread.querySelector(':scope > .comment-replies');
                    if (!replies) {
                        replies = document.createElement('ol');
                        replies.className = 'comment-replies';
                        thread.appendChild(replies);
                    }
                    replies.appendChild(item);
                    form.remove();
                    // The form (and the focus in it) is gone: the new reply, which says whether it
                    // waits, takes the focus.
                    item.setAttribute('tabindex', '-1');
                    item.focus();
                } else {
                    section.querySelector('#yorum-listesi').prepend(item);
                    form.querySelector('[name=metin]').value = '';
                }
            }).catch(function () {
                button.disabled = false;
                status(form, 'Bağlantı kurulamadı. Yorumunuz gönderilmedi; lütfen yeniden deneyin.', true);
            });
        } else if (form.matches('.vote-form')) {
            event.preventDefault();
            var direction = form.querySelector('[name=yon]').value;
            send(form).then(function (result) {
                if (!result.ok) {
                    return;
                }
                var comment = form.closest('.comment');
                showVotes(comment, result.body.begeni, result.body.begenmeme);
                rememberVote(comment.getAttribute('data-comment'), direction);
                markVotes(comment.parentElement);
            });
        } else if (form.matches('[data-report-form]')) {
            event.preventDefault();
            send(form).then(function (result) {
                if (!result.ok) {
                    status(form, result.body.hata || 'Şikayetiniz gönderilemedi.', true);
                    return;
                }
                var note = document.createElement('p');
                note.className = 'flash';
                note.setAttribute('role', 'status');
                note.setAttribute('tabindex', '-1');
                note.textContent = result.body.mesaj;
                form.replaceWith(note);
                note.focus();
            });
        }
    });

    /** The HTML of a page that answered; otherwise the plain link is followed. */
    function htmlOf(response) {
        if (!response.ok) {
            throw new Error('HTTP ' + response.status);
        }
        return response.text();
    }

    section.addEventListener('click', function (event) {
        var link = event.target.closest('a');
        if (!link) {
            return;
        }
        if (link.hasAttribute('data-more')) {
            event.preventDefault();
            link.textContent = 'Yükleniyor…';
            fetch(link.getAttribute('data-more'), { headers: { 'Accept': 'text/html' } })
                .then(htmlOf)
                .then(function (html) {
                    var holder = document.createElement('div');
                    holder.innerHTML = html;
                    var list = section.querySelector('#yorum-listesi');
                    var added = holder.querySelectorAll(':scope > .comment-list > .comment');
                    added.forEach(function (item) {
                        list.appendChild(item);
                    });
                    markVotes(list);
                    var more = holder.querySelector('.comments-more');
                    var current = link.closest('.comments-more');
                    if (more) {
                        current.replaceWith(more);
                    } else {
                        current.remove();
                    }
                    // The link that had the focus is gone: the first new comment takes it.
                    if (added.length > 0) {
                        added[0].setAttribute('tabindex', '-1');
                        added[0].focus();
                    }
                })
                .catch(function () { window.location.href = link.href; });
        } else if (link.hasAttribute('data-reply')) {
            event.preventDefault();
            var comment = link.closest('.comment');
            var open = comment.querySelector(':scope > .comment-form');
            if (open) {
                open.remove();
                return;
            }
            // The story's own form, never a reply form already open under another comment.
            var form = section.querySelector(':scope > [data-comment-form]').cloneNode(true);
            form.querySelector('[name=ust]').value = link.getAttribute('data-reply');
            form.querySelectorAll('[id]').forEach(function (element) {
                var label = form.querySelector('label[for="' + element.id + '"]');
                element.id = element.id + '-' + link.getAttribute('data-reply');
                if (label) {
                    label.setAttribute('for', element.id);
                }
            });
            form.querySelector('[name=metin]').value = '';
            form.querySelectorAll('.form-error, .kvkk-note').forEach(function (e) { e.remove(); });
            form.querySelector('.form-status').textContent = '';
            form.querySelector('button[type=submit]').textContent = 'Cevabı gönder';
            comment.querySelector(':scope > .comment-actions').after(form);
            var first = form.querySelector('[name=ad]');
            (first.closest('[data-guest]').hidden ? form.querySelector('[name=metin]') : first).focus();
        } else if (link.hasAttribute('data-report')) {
            event.preventDefault();
            var host = link.closest('.comment');
            var existing = host.querySelector(':scope > .report-form');
            if (existing) {
                existing.remove();
                return;
            }
            fetch(link.href, { headers: { 'Accept': 'text/html' } })
                .then(htmlOf)
                .then(function (html) {
                    var page = new DOMParser().parseFromString(html, 'text/html');
                    var reportForm = page.querySelector('[data-report-form]');
                    if (reportForm) {
                        host.querySelector(':scope > .comment-actions').after(document.importNode(reportForm, true));
                    }
                })
                .catch(function () { window.location.href = link.href; });
        }
    });

    markVotes(section);
})();

// Search as you type: headlines that start with the words typed so far fill the box's datalist.
(function () {
    'use strict';
    var box = document.querySelector('input[data-suggest]');
    if (!box || !window.fetch || !box.list) {
        return;
    }
    var timer = null;
    var last = '';
    box.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var typed = box.value.trim();
            if (typed.length < 2 || typed === last) {
                return;
            }
            last = typed;
            fetch(box.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (found) {
                    var list = box.list;
                    while (list.firstChild) {
                        list.removeChild(list.firstChild);
                    }
                    found.forEach(function (item) {
                        var option = document.createElement('option');
                        option.value = item.baslik;
                        list.appendChild(option);
                    });
                })
                .catch(function () { /* suggestions are a convenience */ });
        }, 150);
    });
})();

// Signed-in state. Reader pages are the same bytes for everyone (a CDN keeps them), so they never
// say who is reading: after a reader signs in (the account pages say so with data-okur), this
// browser remembers that it may be signed in and asks the uncached /hesap/durum on each page. Then
// the masthead links to the account, and comment forms drop the name and e-mail fields, which the
// server ignores for a signed-in reader anyway. Browsers that never signed in ask nothing.
(function () {
    'use strict';
    function remember(signedIn) {
        try {
            if (signedIn) {
                localStorage.setItem('manset-okur', '1');
            } else {
                localStorage.removeItem('manset-okur');
            }
        } catch (e) { /* private mode: the masthead keeps its GİRİŞ link */ }
    }
    function hinted() {
        try {
            return localStorage.getItem('manset-okur') === '1';
        } catch (e) {
            return false;
        }
    }
    function commentAs(form, name) {
        if (form.querySelector('.comment-as')) {
            return;
        }
        form.querySelectorAll('[data-guest]').forEach(function (field) {
            field.hidden = true;
        });
        var note = document.createElement('p');
        note.className = 'comment-as';
        note.appendChild(document.createTextNode('Yorumunuz '));
        var strong = document.createElement('strong');
        strong.textContent = name;
        note.appendChild(strong);
        note.appendChild(document.createTextNode(' adıyla yayımlanır.'));
        form.querySelector('[name=metin]').closest('.field').before(note);
    }
    var marker = document.querySelector('[data-okur]');
    if (marker) {
        // Account pages are rendered for the reader on the server: they say the state outright.
        remember(marker.getAttribute('data-okur') === 'giris');
        return;
    }
    if (!hinted() || !window.fetch) {
        return;
    }
    fetch('/hesap/durum', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
            if (!state || !state.girisYapildi) {
                remember(false);
                return;
            }
            var link = document.querySelector('.account-link');
            if (link) {
                link.textContent = 'HESABIM';
                link.href = '/hesap';
                link.title = state.ad;
            }
            document.querySelectorAll('[data-comment-form]').forEach(function (form) {
                commentAs(form, state.ad);
            });
        })
        .catch(function () { /* the page works as for a guest */ });
})();
