// Rich text editing for article bodies. The textarea keeps the HTML the server reads (tr.manset.article.BodyHtml),
// so without this file, or with it broken, the newsroom still edits stories. The server sanitizes whatever arrives;
// the cleaning here only makes pasted text look in the editor as it will look once saved.
(function () {
    'use strict';

    const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
    const WEB_ADDRESS = /^https?:\/\/\S+$/i;
    const IMAGE_ID = /^[0-9]{1,18}$/;
    const TEXT_BULLET = /^[\s\u00a0]*[•·][\s\u00a0]+/;
    // Word writes list markers as text when its marker span is lost; "o" and "-" count only in Word lists.
    const WORD_MARKER = /^[\s\u00a0]*([•·▪◦§o\-–\uf0a7\uf0b7\uf0d8]|\(?[0-9]{1,3}[.)]|\(?[a-z]{1,4}[.)])[\s\u00a0]+/i;
    const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-z]{1,4})[.)]/i;
    const SPACES = /[\t\n\r\f ]+/g;
    const SYNC_DELAY = 400;

    const DROPPED = new Set([
        'applet', 'area', 'audio', 'base', 'button', 'canvas', 'embed', 'frame', 'frameset', 'head', 'iframe', 'img',
        'input', 'link', 'map', 'math', 'meta', 'noscript', 'o:p', 'object', 'option', 'param', 'picture', 'script',
        'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'track', 'video', 'xml'
    ]);
    const BLOCKS = new Set([
        'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
        'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
        'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
        'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
    ]);
    const BLOCK_SELECTOR = Array.from(BLOCKS).join(',');
    const EMPHASIS = new Set(['b', 'strong', 'i', 'em']);
    const MAC = /Mac|iPhone|iPad/.test(navigator.platform || '');
    const MOD = MAC ? '⌘' : 'Ctrl';

    // ---- Cleaning: foreign HTML in, the HTML BodyHtml reads out --------------------------------------------------

    function parse(html) {
        const body = new DOMParser().parseFromString(html, 'text/html').body;
        prune(body);
        return body;
    }

    function prune(root) {
        const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
        const doomed = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.COMMENT_NODE || DROPPED.has(node.localName)) {
                doomed.push(node);
            }
        }
        doomed.forEach(node => node.remove());
    }

    function blockish(element) {
        return BLOCKS.has(element.localName) || element.querySelector(BLOCK_SELECTOR) !== null;
    }

    function visible(node) {
        return node.textContent.replace(/\u00a0/g, ' ').trim() !== '';
    }

    function make(name, attributes, text) {
        const element = document.createElement(name);
        Object.keys(attributes || {}).forEach(key => element.setAttribute(key, attributes[key]));
        if (text) {
            element.textContent = text;
        }
        return element;
    }

    /** Copies inline content: text, line breaks, emphasis and safe links; unwraps everything else. */
    function inlineNode(node, into) {
        if (node.nodeType === Node.TEXT_NODE) {
            into.appendChild(document.createTextNode(node.data.replace(SPACES, ' ')));
            return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) {
            return;
        }
        const name = node.localName;
        if (name === 'br') {
            into.appendChild(make('br'));
        } else if (EMPHASIS.has(name)) {
            const copy = make(name);
            inlineChildren(node, copy);
            if (copy.hasChildNodes()) {
                into.appendChild(copy);
            }
        } else if (name === 'a' && SAFE_LINK.test((node.getAttribute('href') || '').trim())) {
            const copy = make('a', { href: node.getAttribute('href').trim() });
            inlineChildren(node, copy);
            into.appendChild(copy);
        } else if (BLOCKS.has(name)) {
            // A block inside a list item or a quote: its lines stay apart.
            if (visible(into) && into.lastChild && into.lastChild.nodeName !== 'BR') {
                into.appendChild(make('br'));
            }
            inlineChildren(node, into);
        } else {
            inlineChildren(node, into);
        }
    }

    function inlineChildren(parent, into) {
        Array.from(parent.childNodes).forEach(child => inlineNode(child, into));
    }

    function isWordListItem(p) {
        return /(^|\s)MsoList/i.test(p.className) || /mso-list:(?!\s*ignore)/i.test(p.getAttribute('style') || '');
    }

    function isListParagraph(element) {
        return element.localName === 'p' && !element.hasAttribute('data-paragraph')
            && (isWordListItem(element) || TEXT_BULLET.test(element.textContent));
    }

    /** Takes the marker off a list paragraph; says whether the list is numbered. */
    function takeMarker(p) {
        const spans = Array.from(p.querySelectorAll('span[style]'));
        const span = spans.find(s => /mso-list:\s*ignore/i.test(s.getAttribute('style')));
        if (span) {
            const marker = span.textContent.trim();
            span.remove();
            return ORDERED_MARKER.test(marker);
        }
        const match = (isWordListItem(p) ? WORD_MARKER : TEXT_BULLET).exec(p.textContent);
        if (!match) {
            return false;
        }
        removeLeading(p, match[0].length);
        return ORDERED_MARKER.test(match[0].trim());
    }

    function removeLeading(element, count) {
        const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text && count > 0; text = walker.nextNode()) {
            const taken = Math.min(count, text.data.length);
            text.data = text.data.slice(taken);
            count -= taken;
        }
    }

    function collectItems(list, into) {
        Array.from(list.children).forEach(child => {
            if (child.localName === 'ul' || child.localName === 'ol') {
                collectItems(child, into);
                return;
            }
            // Nested lists become items of their own, as the server keeps one level only.
            const nested = Array.from(child.querySelectorAll('ul, ol')).filter(n => n.parentElement.closest('ul, ol') === list);
            nested.forEach(n => n.remove());
            const item = make('li');
            inlineChildren(child, item);
            if (visible(item)) {
                into.appendChild(item);
            }
            nested.forEach(n => collectItems(n, into));
        });
    }

    function endsWithBreak(paragraph) {
        let node = paragraph.lastChild;
        while (node && node.nodeType === Node.TEXT_NODE && node.data.trim() === '') {
            node = node.previousSibling;
        }
        return Boolean(node && node.nodeName === 'BR');
    }

    function imageFigure(id, caption, credit, alt) {
        const figure = make('figure', { 'data-image-id': id, 'data-alt': alt || '' });
        const figcaption = make('figcaption');
        figcaption.appendChild(make('span', { class: 'caption' }, caption));
        figcaption.appendChild(make('span', { class: 'credit' }, credit));
        figure.appendChild(figcaption);
        return figure;
    }

    function embedFigure(url) {
        return make('figure', { 'data-embed': url });
    }

    /** Cleans HTML into blocks: loose text is gathered into paragraphs, Word lists become lists. */
    function cleanBlocks(source) {
        const out = document.createDocumentFragment();
        const listParagraphs = new WeakSet();
        let run = null;

        function append(block) {
            if (block.localName === 'figure' || visible(block)) {
                out.appendChild(block);
            }
        }

        function flush() {
            if (run) {
                append(run);
            }
            run = null;
        }

        function listParagraph(p) {
            const ordered = takeMarker(p);
            const name = ordered ? 'ol' : 'ul';
            let list = out.lastChild;
            if (!list || !listParagraphs.has(list) || list.localName !== name) {
                list = make(name);
                listParagraphs.add(list);
                out.appendChild(list);
            }
            const item = make('li');
            inlineChildren(p, item);
            if (visible(item)) {
                list.appendChild(item);
            }
        }

        function quote(element) {
            if (element.classList.contains('twitter-tweet')) {
                const links = Array.from(element.querySelectorAll('a[href*="/status/"]'));
                if (links.length) {
                    append(embedFigure(links[links.length - 1].getAttribute('href')));
                    return;
                }
            }
            const blockquote = make('blockquote');
            const source = Array.from(element.children).find(c => c.localName === 'cite' || c.localName === 'footer');
            if (source) {
                source.remove();
            }
            const text = make('p');
            inlineChildren(element, text);
            blockquote.appendChild(text);
            if (source && visible(source)) {
                blockquote.appendChild(make('cite', {}, source.textContent.replace(SPACES, ' ').trim()));
            }
            if (visible(text)) {
                out.appendChild(blockquote);
            }
        }

        function block(element) {
            const name = element.localName;
            if (isListParagraph(element)) {
                listParagraph(element);
            } else if (name === 'p') {
                const p = make('p', element.hasAttribute('data-paragraph') ? { 'data-paragraph': '' } : {});
                inlineChildren(element, p);
                append(p);
            } else if (/^h[1-6]$/.test(name)) {
                append(make('h2', {}, element.textContent.replace(SPACES, ' ').trim()));
            } else if (name === 'ul' || name === 'ol') {
                const list = make(name);
                collectItems(element, list);
                if (list.hasChildNodes()) {
                    out.appendChild(list);
                }
            } else if (name === 'blockquote') {
                quote(element);
            } else if (name === 'figure' && element.hasAttribute('data-image-id')) {
                const id = element.getAttribute('data-image-id').trim();
                const part = selector => element.querySelector(selector) ? element.querySelector(selector).textContent.trim() : '';
                if (IMAGE_ID.test(id) && Number(id) > 0) {
                    append(imageFigure(id, part('.caption'), part('.credit'), element.getAttribute('data-alt')));
                }
            } else if (name === 'figure' && element.hasAttribute('data-embed')) {
                const url = element.getAttribute('data-embed').trim();
                if (WEB_ADDRESS.test(url)) {
                    append(embedFigure(url));
                }
            } else if (name !== 'hr') {
                walk(element);
            }
        }

        function walk(container) {
            Array.from(container.childNodes).forEach(node => {
                if (node.nodeType === Node.ELEMENT_NODE && blockish(node)) {
                    flush();
                    block(node);
                    flush();
                } else if (node.nodeName === 'BR' && run && endsWithBreak(run)) {
                    // <br><br> in loose text ends a paragraph, as it did where it came from.
                    while (run.lastChild.nodeName !== 'BR') {
                        run.lastChild.remove();
                    }
                    run.lastChild.remove();
                    flush();
                } else {
                    run = run || make('p');
                    inlineNode(node, run);
                }
            });
            flush();
        }

        walk(source);
        return out;
    }

    /** Cleans pasted HTML; a few words without blocks stay inline, to land inside the current paragraph. */
    function cleanPaste(html) {
        const source = parse(html);
        if (source.querySelector(BLOCK_SELECTOR)) {
            return cleanBlocks(source);
        }
        const out = document.createDocumentFragment();
        inlineChildren(source, out);
        return out;
    }

    function textToHtml(text) {
        const box = make('div');
        const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map(s => s.trim()).filter(Boolean);
        paragraphs.forEach(paragraph => {
            const p = make('p');
            paragraph.split('\n').forEach((line, i) => {
                if (i > 0) {
                    p.appendChild(make('br'));
                }
                p.appendChild(document.createTextNode(line));
            });
            box.appendChild(p);
        });
        return box.innerHTML;
    }

    // ---- The editor -------------------------------------------------------------------------------------------

    /** Adds what only the editor shows: image previews, embed addresses, editable captions. */
    function decorate(surface) {
        surface.querySelectorAll('figure[data-image-id]').forEach(figure => {
            figure.setAttribute('contenteditable', 'false');
            if (!figure.querySelector('img')) {
                const id = encodeURIComponent(figure.getAttribute('data-image-id'));
                figure.insertBefore(make('img', { src: '/medya/by-id/' + id, alt: '' }), figure.firstChild);
            }
            let figcaption = figure.querySelector('figcaption');
            if (!figcaption) {
                figcaption = figure.appendChild(make('figcaption'));
            }
            ['caption', 'credit'].forEach(name => {
                const span = figcaption.querySelector('.' + name) || figcaption.appendChild(make('span', { class: name }));
                span.setAttribute('contenteditable', 'true');
                span.setAttribute('aria-label', name === 'caption' ? 'Alt yazı' : 'Görsel kaynağı');
            });
        });
        surface.querySelectorAll('figure[data-embed]').forEach(figure => {
            figure.setAttribute('contenteditable', 'false');
            figure.textContent = figure.getAttribute('data-embed');
        });
    }

    /** The surface as the server reads it: previews and editing attributes taken away. */
    function serialize(surface) {
        const copy = surface.cloneNode(true);
        copy.querySelectorAll('figure img').forEach(img => img.remove());
        copy.querySelectorAll('[contenteditable]').forEach(n => n.removeAttribute('contenteditable'));
        copy.querySelectorAll('figure [aria-label]').forEach(n => n.removeAttribute('aria-label'));
        copy.querySelectorAll('figure[data-embed]').forEach(figure => { figure.textContent = ''; });
        return copy.innerHTML;
    }

    /**
     * A dialog that searches the media library and hands back the chosen image with the
     * caption, credit and alt text written for this story: prefilled from the library, or kept as
     * the story has them when the image already chosen ({@code options.current}) is chosen again.
     */
    function pickImage(searchUrl, onPick, options) {
        const settings = options || {};
        const current = settings.current && IMAGE_ID.test(settings.current.id) ? settings.current : null;
        const dialog = make('dialog', { class: 'media-picker', 'aria-labelledby': 'media-picker-title' });
        const title = make('h2', { id: 'media-picker-title' }, settings.title || 'Görsel seç');
        const search = make('input', { type: 'search', 'aria-label': 'Görsel ara', placeholder: 'Açıklamada ara' });
        const results = make('ul', { class: 'media-picker-results' });
        const details = make('div', { class: 'media-picker-details' });
        const field = (label, name) => {
            const input = make('input', { name: 'picker-' + name, 'aria-label': label });
            const wrap = make('label', {}, label);
            wrap.appendChild(input);
            details.appendChild(wrap);
            return input;
        };
        const caption = field('Alt yazı', 'caption');
        const credit = field('Fotoğraf hakkı', 'credit');
        const alt = field('Alternatif metin', 'alt');
        const message = make('p', { class: 'field-error', role: 'alert' });
        const add = make('button', { type: 'button', class: 'button button-primary' }, settings.confirm || 'Ekle');
        const cancel = make('button', { type: 'button', class: 'button' }, 'Vazgeç');
        const actions = make('div', { class: 'nr-actions' });
        actions.append(add, cancel);
        details.hidden = true;
        dialog.append(title, search, results, details, message, actions);
        let chosen = null;
        let timer = 0;

        function load() {
            fetch(searchUrl + '?ara=' + encodeURIComponent(search.value.trim()), {
                headers: { Accept: 'application/json' }, credentials: 'same-origin'
            })
                .then(response => response.ok ? response.json() : Promise.reject(response.status))
                .then(images => {
                    results.replaceChildren();
                    if (!images.length) {
                        results.appendChild(make('li', {}, 'Görsel bulunamadı.'));
                    }
                    images.forEach(found => {
                        const choose = make('button', { type: 'button', 'data-image-id': String(found.id) });
                        const thumb = make('img', { src: found.url, alt: '', width: '160', height: '90', loading: 'lazy' });
                        choose.append(thumb, make('span', {}, 'No. ' + found.id + ' · ' + found.alt));
                        const select = () => {
                            chosen = found;
                            results.querySelectorAll('[aria-pressed]').forEach(b => b.removeAttribute('aria-pressed'));
                            choose.setAttribute('aria-pressed', 'true');
                            // The image already chosen keeps this story's words; another one brings the library's.
                            const own = current && current.id === String(found.id) ? current : found;
                            caption.value = own.caption;
                            credit.value = own.credit;
                            alt.value = own.alt;
                            details.hidden = false;
                        };
                        choose.addEventListener('click', () => {
                            select();
                            alt.focus();
                        });
                        const item = make('li');
                        item.appendChild(choose);
                        results.appendChild(item);
                        if (!chosen && current && current.id === String(found.id)) {
                            select();
                        }
                    });
                })
                .catch(() => {
                    message.textContent = 'Medya arşivi okunamadı; biraz sonra yeniden deneyin.';
                });
        }

        search.addEventListener('input', () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(load, 300);
        });
        add.addEventListener('click', () => {
            if (!chosen) {
                message.textContent = 'Önce bir görsel seçin.';
                return;
            }
            if (!alt.value.trim()) {
                message.textContent = 'Görselin ne gösterdiğini anlatan bir alternatif metin yazın.';
                alt.focus();
                return;
            }
            dialog.close();
            onPick(String(chosen.id), caption.value.trim(), credit.value.trim(), alt.value.trim(), chosen);
        });
        cancel.addEventListener('click', () => dialog.close());
        dialog.addEventListener('close', () => dialog.remove());
        document.body.appendChild(dialog);
        dialog.showModal();
        load();
        search.focus();
    }

    /**
     * The story's hero image: chosen with the same picker as the figures in the body, shown as a
     * thumbnail, its caption, credit and alt text written into the form's fields. The number field
     * stays and still works by hand (and is all there is without this file).
     */
    function enhanceHero(fieldset) {
        const searchUrl = fieldset.getAttribute('data-media-search');
        const field = name => fieldset.querySelector('input[name="' + name + '"]');
        const number = field('heroImageId');
        const caption = field('heroCaption');
        const credit = field('heroCredit');
        const alt = field('heroAlt');
        if (!searchUrl || !number || !caption || !credit || !alt || typeof HTMLDialogElement !== 'function') {
            return;
        }
        let preview = fieldset.querySelector('.nr-hero-preview');
        if (!preview) {
            preview = make('figure', { class: 'nr-hero-preview' });
            preview.append(make('img', { alt: '', width: '240' }), make('figcaption'));
            preview.hidden = true;
            fieldset.insertBefore(preview, fieldset.querySelector('legend').nextSibling);
        }
        const thumb = preview.querySelector('img');
        const label = preview.querySelector('figcaption');
        const choose = make('button', { type: 'button', class: 'button' }, 'Görsel seç');
        const remove = make('button', { type: 'button', class: 'button' }, 'Ana görseli kaldır');
        const actions = make('div', { class: 'nr-actions' });
        actions.append(choose, remove);
        preview.parentNode.insertBefore(actions, preview.nextSibling);

        function show(id, url) {
            const valid = IMAGE_ID.test(id) && Number(id) > 0;
            preview.hidden = !valid;
            remove.hidden = !valid;
            if (!valid) {
                thumb.removeAttribute('src');
                return;
            }
            thumb.hidden = false;
            thumb.src = url || '/medya/by-id/' + encodeURIComponent(id);
            label.textContent = 'Seçili ana görsel: No. ' + id;
        }

        function changed(input) {
            input.dispatchEvent(new Event('input', { bubbles: true }));
        }

        thumb.addEventListener('error', () => {
            if (thumb.hasAttribute('src')) {
                thumb.hidden = true;
                label.textContent = 'No. ' + number.value.trim() + ' numaralı bir görsel bulunamadı.';
            }
        });
        choose.addEventListener('click', () => {
            pickImage(searchUrl, (id, pickedCaption, pickedCredit, pickedAlt, found) => {
                number.value = id;
                caption.value = pickedCaption;
                credit.value = pickedCredit;
                alt.value = pickedAlt;
                [number, caption, credit, alt].forEach(changed);
                show(id, found && found.url);
                choose.focus();
            }, {
                title: 'Ana görsel seç',
                confirm: 'Ana görsel yap',
                current: { id: number.value.trim(), caption: caption.value, credit: credit.value, alt: alt.value }
            });
        });
        remove.addEventListener('click', () => {
            number.value = '';
            changed(number);
            show('');
            choose.focus();
        });
        number.addEventListener('change', () => show(number.value.trim()));
        show(number.value.trim(), thumb.getAttribute('src'));
    }

    function enhance(textarea) {
        const form = textarea.form;
        if (!form) {
            return;
        }
        const editor = make('div', { class: 'editor' });
        const toolbar = make('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': 'Metin biçimi' });
        const surface = make('div', {
            class: 'editor-surface story-body',
            contenteditable: 'true',
            role: 'textbox',
            'aria-multiline': 'true',
            spellcheck: 'true',
            lang: 'tr'
        });
        let lastRange = null;
        let timer = 0;

        const label = textarea.id ? form.querySelector('label[for="' + CSS.escape(textarea.id) + '"]') : null;
        if (label) {
            label.id = label.id || textarea.id + '-label';
            surface.setAttribute('aria-labelledby', label.id);
            label.addEventListener('click', event => {
                event.preventDefault();
                surface.focus();
            });
        } else {
            surface.setAttribute('aria-label', 'Haber metni');
        }
        ['aria-describedby', 'aria-invalid'].forEach(name => {
            if (textarea.hasAttribute(name)) {
                surface.setAttribute(name, textarea.getAttribute(name));
            }
        });
        if (textarea.required) {
            // A hidden required field would block the form with a message nobody can see.
            textarea.required = false;
            surface.setAttribute('aria-required', 'true');
        }

        surface.appendChild(cleanBlocks(parse(textarea.value)));
        decorate(surface);
        if (!surface.hasChildNodes()) {
            surface.appendChild(make('p')).appendChild(make('br'));
        }
        let saved = serialize(surface);

        function sync() {
            clearTimeout(timer);
            timer = 0;
            const html = serialize(surface);
            if (html === saved) {
                return;
            }
            saved = html;
            textarea.value = html;
            form.dispatchEvent(new CustomEvent('editor:change', { bubbles: true, detail: { textarea: textarea } }));
        }

        function changed() {
            clearTimeout(timer);
            timer = setTimeout(sync, SYNC_DELAY);
        }

        function selectionInSurface() {
            const selection = document.getSelection();
            return selection.rangeCount > 0 && surface.contains(selection.getRangeAt(0).commonAncestorContainer)
                ? selection.getRangeAt(0) : null;
        }

        function restoreSelection() {
            surface.focus();
            if (lastRange) {
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(lastRange);
            }
        }

        function inCaption() {
            const range = selectionInSurface();
            const node = range && range.startContainer;
            const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
            return Boolean(element && element.closest('.caption, .credit'));
        }

        function currentBlock() {
            const range = selectionInSurface() || lastRange;
            if (!range || !surface.contains(range.startContainer)) {
                return null;
            }
            let node = range.startContainer;
            if (node === surface) {
                return surface.childNodes[range.startOffset - 1] || surface.firstChild;
            }
            while (node.parentNode !== surface) {
                node = node.parentNode;
            }
            return node;
        }

        function command(name, value) {
            restoreSelection();
            document.execCommand(name, false, value);
            tidySurface();
            refresh();
        }

        /**
         * Chrome puts a new list inside the paragraph it came from, and leaves bare text behind when a list is
         * undone; lists are moved out and bare text is put back into paragraphs, keeping the selection.
         */
        function tidySurface() {
            const range = selectionInSurface();
            const ends = range && [range.startContainer, range.startOffset, range.endContainer, range.endOffset];
            let moved = false;
            surface.querySelectorAll('p > ul, p > ol').forEach(list => {
                const paragraph = list.parentNode;
                paragraph.parentNode.insertBefore(list, paragraph.nextSibling);
                if (!visible(paragraph)) {
                    paragraph.remove();
                }
                moved = true;
            });
            let run = null;
            Array.from(surface.childNodes).forEach(node => {
                const loose = node.nodeType === Node.TEXT_NODE ? Boolean(run) || node.data.trim() !== ''
                    : node.nodeType === Node.ELEMENT_NODE && !blockish(node);
                if (!loose) {
                    run = null;
                    return;
                }
                if (!run) {
                    run = surface.insertBefore(make('p'), node);
                }
                run.appendChild(node);
                moved = true;
                if (node.nodeName === 'BR' && node.previousSibling && visible(run)) {
                    // The line break that ended the bare text ends the paragraph now.
                    node.remove();
                    run = null;
                }
            });
            if (moved && ends) {
                const restored = document.createRange();
                restored.setStart(ends[0], Math.min(ends[1], length(ends[0])));
                restored.setEnd(ends[2], Math.min(ends[3], length(ends[2])));
                lastRange = restored;
                restoreSelection();
            }
        }

        function length(node) {
            return node.nodeType === Node.TEXT_NODE ? node.data.length : node.childNodes.length;
        }

        function formatBlock(tag) {
            restoreSelection();
            const current = (document.queryCommandValue('formatBlock') || '').toLowerCase();
            command('formatBlock', current === tag ? 'p' : tag);
        }

        function link() {
            restoreSelection();
            const range = selectionInSurface();
            const url = (window.prompt('Bağlantı adresi (https://…, mailto:…)', 'https://') || '').trim();
            if (!url || url === 'https://') {
                return;
            }
            if (!SAFE_LINK.test(url)) {
                window.alert('Bağlantı adresi https://, http:// ya da mailto: ile başlamalı.');
                return;
            }
            restoreSelection();
            if (range && !range.collapsed) {
                command('createLink', url);
            } else {
                command('insertHTML', make('a', { href: url }, url).outerHTML);
            }
        }

        /** Puts a figure after the paragraph being edited, or in place of an empty one. */
        function insertFigure(figure) {
            const current = currentBlock();
            if (current && current.nodeType === Node.ELEMENT_NODE && current.localName === 'p' && !visible(current)) {
                current.replaceWith(figure);
            } else if (current) {
                surface.insertBefore(figure, current.nextSibling);
            } else {
                surface.appendChild(figure);
            }
            let next = figure.nextElementSibling;
            if (!next || next.localName === 'figure') {
                next = make('p');
                next.appendChild(make('br'));
                surface.insertBefore(next, figure.nextSibling);
            }
            decorate(surface);
            const range = document.createRange();
            range.setStart(next, 0);
            range.collapse(true);
            lastRange = range;
            restoreSelection();
            changed();
        }

        function image() {
            const searchUrl = textarea.getAttribute('data-media-search');
            if (searchUrl && typeof HTMLDialogElement === 'function') {
                pickImage(searchUrl, (id, caption, credit, alt) => insertFigure(imageFigure(id, caption, credit, alt)));
                return;
            }
            // Without a picker the image's number from the media library is asked for.
            const id = (window.prompt('Görsel numarası (medya arşivindeki kimlik)') || '').trim();
            if (!id) {
                return;
            }
            if (!IMAGE_ID.test(id) || Number(id) === 0) {
                window.alert('Görsel numarası yalnızca rakamlardan oluşmalı.');
                return;
            }
            const caption = (window.prompt('Alt yazı') || '').trim();
            const credit = (window.prompt('Kaynak (ör. Fotoğraf: AA)') || '').trim();
            const alt = (window.prompt('Görme engelliler için görselin tarifi') || '').trim();
            insertFigure(imageFigure(id, caption, credit, alt));
        }

        function embed() {
            const url = (window.prompt('Gömülecek içeriğin adresi (YouTube, X, Instagram…)', 'https://') || '').trim();
            if (!url || url === 'https://') {
                return;
            }
            if (!WEB_ADDRESS.test(url)) {
                window.alert('Adres https:// ya da http:// ile başlamalı.');
                return;
            }
            insertFigure(embedFigure(url));
        }

        const buttons = [
            { label: 'Paragraf', run: () => formatBlock('p'), state: () => blockName() === 'p' },
            { label: 'Ara başlık', keys: MOD + '+Alt+2', run: () => formatBlock('h2'), state: () => blockName() === 'h2' },
            { label: 'Madde işaretli liste', run: () => command('insertUnorderedList'), state: () => state('insertUnorderedList') },
            { label: 'Numaralı liste', run: () => command('insertOrderedList'), state: () => state('insertOrderedList') },
            { label: 'Alıntı', run: () => formatBlock('blockquote'), state: () => blockName() === 'blockquote' },
            { label: 'Bağlantı', keys: MOD + '+K', run: link },
            { label: 'Kalın', keys: MOD + '+B', run: () => command('bold'), state: () => state('bold') },
            { label: 'İtalik', keys: MOD + '+I', run: () => command('italic'), state: () => state('italic') },
            { label: 'Görsel', run: image },
            { label: 'Gömülü içerik', run: embed }
        ].map((spec, i) => {
            const button = make('button', {
                type: 'button',
                class: 'editor-button',
                title: spec.keys ? spec.label + ' (' + spec.keys + ')' : spec.label,
                'aria-label': spec.label,
                tabindex: i === 0 ? '0' : '-1'
            }, spec.label);
            if (spec.keys) {
                button.setAttribute('aria-keyshortcuts', spec.keys.replace('⌘', 'Meta').replace('Ctrl', 'Control'));
            }
            if (spec.state) {
                button.setAttribute('aria-pressed', 'false');
            }
            // Keeps the selection in the text while the mouse is down on a button.
            button.addEventListener('mousedown', event => event.preventDefault());
            button.addEventListener('click', () => {
                spec.run();
                changed();
            });
            toolbar.appendChild(button);
            return { spec: spec, button: button };
        });

        function state(name) {
            try {
                return document.queryCommandState(name);
            } catch (unsupported) {
                return false;
            }
        }

        function blockName() {
            return (document.queryCommandValue('formatBlock') || '').toLowerCase();
        }

        function refresh() {
            if (!selectionInSurface()) {
                return;
            }
            buttons.filter(b => b.spec.state).forEach(b => b.button.setAttribute('aria-pressed', String(Boolean(b.spec.state()))));
        }

        // One tab stop for the whole toolbar; arrow keys move between its buttons.
        toolbar.addEventListener('keydown', event => {
            const all = buttons.map(b => b.button);
            const at = all.indexOf(document.activeElement);
            const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
            if (at < 0 || to === undefined) {
                return;
            }
            event.preventDefault();
            const next = all[(to + all.length) % all.length];
            all.forEach(b => b.setAttribute('tabindex', b === next ? '0' : '-1'));
            next.focus();
        });

        surface.addEventListener('keydown', event => {
            if (event.key === 'Enter' && inCaption()) {
                event.preventDefault();
                return;
            }
            if (!(event.ctrlKey || event.metaKey)) {
                return;
            }
            const key = event.key;
            let run = null;
            if (event.altKey && event.code === 'Digit2') {
                run = () => formatBlock('h2');
            } else if (!event.altKey && !event.shiftKey && (key === 'b' || key === 'B')) {
                run = () => command('bold');
            } else if (!event.altKey && !event.shiftKey && ['i', 'I', 'ı', 'İ'].indexOf(key) >= 0) {
                run = () => command('italic');
            } else if (!event.altKey && !event.shiftKey && (key === 'k' || key === 'K')) {
                run = link;
            }
            if (run) {
                event.preventDefault();
                run();
                changed();
            }
        });

        surface.addEventListener('paste', event => {
            const data = event.clipboardData;
            if (!data) {
                return;
            }
            event.preventDefault();
            const html = data.getData('text/html');
            const text = data.getData('text/plain');
            if (inCaption()) {
                document.execCommand('insertText', false, text.replace(/\s+/g, ' ').trim());
            } else if (html) {
                const box = make('div');
                box.appendChild(cleanPaste(html));
                document.execCommand('insertHTML', false, box.innerHTML);
                decorate(surface);
            } else if (text && /\n/.test(text.trim())) {
                document.execCommand('insertHTML', false, textToHtml(text));
            } else if (text) {
                document.execCommand('insertText', false, text);
            }
            changed();
        });

        surface.addEventListener('drop', event => {
            // Dropped files would arrive as inline data images; pictures go through the media library.
            if (event.dataTransfer && event.dataTransfer.files.length) {
                event.preventDefault();
            }
        });

        surface.addEventListener('input', changed);
        document.addEventListener('selectionchange', () => {
            const range = selectionInSurface();
            if (range) {
                lastRange = range.cloneRange();
                refresh();
            }
        });
        // Capture: the textarea is up to date before any other submit handler reads the form.
        form.addEventListener('submit', sync, true);

        editor.appendChild(toolbar);
        editor.appendChild(surface);
        textarea.hidden = true;
        textarea.parentNode.insertBefore(editor, textarea);
    }

    try {
        document.execCommand('defaultParagraphSeparator', false, 'p');
        document.execCommand('styleWithCSS', false, false);
    } catch (unsupported) {
        // Older engines write <div> and <b> anyway; the server reads both.
    }
    document.querySelectorAll('form textarea[data-editor]').forEach(enhance);
    document.querySelectorAll('form fieldset[data-hero-picker]').forEach(enhanceHero);
})();
