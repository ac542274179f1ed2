// Saves the story editor's form while its writer types, so a closed tab or a lost connection costs
// seconds of work, not an hour. The server decides everything (StoryEditorController#autosave): the
// same rules and version check as the save button. Without this file the form saves only when that
// button is pressed, as before; new stories are never autosaved (the form has no data-autosave).
(function () {
    'use strict';

    const DELAY = 3000;
    const SAVED = 'Otomatik kaydedildi: ';
    const NOT_SAVED = 'Otomatik kaydedilmedi: ';
    const NETWORK = 'Otomatik kayıt yapılamadı; değişiklikleriniz bu sayfada duruyor.';
    const CONFLICT = 'Bu haberi siz düzenlerken başka biri kaydetti; otomatik kayıt durdu. '
        + 'Yazdıklarınız bu sayfada duruyor: Kaydet düğmesine basın, iki sürümü birlikte göreceksiniz.';
    const FORBIDDEN = 'Otomatik kayıt durdu: oturumunuz sona ermiş ya da bu haberi değiştirme yetkiniz kalmamış olabilir. '
        + 'Metninizi kopyalayıp sayfayı yenileyin.';

    function start(form) {
        const url = form.dataset.autosave;
        const status = form.querySelector('.nr-autosave');
        const version = form.querySelector('input[name="version"]');
        let timer = 0;
        let saving = false;     // a request is on its way
        let again = false;      // the form changed while it was
        let stopped = false;    // after a conflict or a refusal, or once the form is submitted
        let submitAfter = false;

        function show(text, problem) {
            if (status && status.textContent !== text) {
                status.textContent = text;
            }
            if (status) {
                status.classList.toggle('nr-autosave-problem', problem);
            }
        }

        function stop(text) {
            stopped = true;
            clearTimeout(timer);
            show(text, true);
        }

        function changed() {
            if (stopped) {
                return;
            }
            clearTimeout(timer);
            timer = setTimeout(save, DELAY);
        }

        async function answer(response) {
            const json = await response.json().catch(() => ({}));
            if (response.ok && Number.isInteger(json.version)) {
                version.value = String(json.version);
                show(SAVED + String(json.saved || '').slice(-5), false);
            } else if (response.status === 409) {
                stop(json.message || CONFLICT);
            } else if (response.status === 400) {
                const problems = Object.values(json.problems || {});
                show(NOT_SAVED + (problems[0] || 'formda düzeltilecek bir alan var.'), true);
            } else if (response.status === 403 || response.type === 'opaqueredirect') {
                stop(FORBIDDEN);
            } else {
                show(NETWORK, true);
            }
        }

        async function save() {
            timer = 0;
            if (saving) {
                again = true;
                return;
            }
            saving = true;
            try {
                const response = await fetch(url, {
                    method: 'POST',
                    headers: { 'Accept': 'application/json' },
                    body: new URLSearchParams(new FormData(form)),
                    credentials: 'same-origin',
                    // A signed-out session answers with a redirect to the sign-in page, not JSON.
                    redirect: 'manual'
                });
                await answer(response);
            } catch (error) {
                // Offline or the server unreachable: the next change tries again.
                show(NETWORK, true);
            } finally {
                saving = false;
                if (submitAfter) {
                    // The form now carries the version this autosave made, so the save is no conflict.
                    submitAfter = false;
                    form.submit();
                } else if (again) {
                    again = false;
                    changed();
                }
            }
        }

        form.addEventListener('input', changed);
        form.addEventListener('editor:change', changed);
        form.addEventListener('submit', event => {
            clearTimeout(timer);
            stopped = true;
            if (saving) {
                event.preventDefault();
                submitAfter = true;
            }
        });
    }

    document.querySelectorAll('form[data-autosave]').forEach(start);
})();
