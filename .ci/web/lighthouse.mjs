// Lighthouse with its default (mobile) settings on each page several times; the median of each
// category is compared with its gate. Prints a table, writes a JSON summary and every report.
//
// Lighthouse emulates a mid-range phone by slowing the host's CPU down four times, which assumes a
// host of a known speed; it measures the host at the start of every run (benchmarkIndex) and warns
// that a score is not representative when the host measured 1000 or less (a busy shared machine).
// Such a run is reported and done again, at most `runs` times per page, so the median is taken over
// runs on the host Lighthouse expects.
//
//   node lighthouse.mjs <base-url> <out-dir> <runs> name=/path [name=/path ...]
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const GATES = {performance: 90, accessibility: 95, 'best-practices': 95, seo: 95};
// Lighthouse's own threshold for its slow-host warning (core/gather/driver/environment.js).
const SLOW_HOST_BENCHMARK_INDEX = 1000;
const CATEGORIES = Object.keys(GATES);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [base, outDir, runsArg, ...pageArgs] = process.argv.slice(2);
const runs = Number(runsArg);
if (!base || !outDir || !(runs > 0) || pageArgs.length === 0) {
    console.error('usage: node lighthouse.mjs <base-url> <out-dir> <runs> name=/path ...');
    process.exit(2);
}
const pages = pageArgs.map(arg => {
    const [name, ...rest] = arg.split('=');
    return {name, path: rest.join('=')};
});
fs.mkdirSync(outDir, {recursive: true});

const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
};

async function runOnce(url) {
    const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS});
    try {
        const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES});
        return result.lhr;
    } finally {
        await chrome.kill();
    }
}

const summary = {date: new Date().toISOString(), lighthouse: null, userAgent: null, runs, gates: GATES, pages: {}};
let failed = false;
// One valid run of a page: runs again while the host measures too slow, at most `runs` times.
async function measure(page, state) {
    const url = base + page.path;
    for (let attempt = 1; ; attempt++) {
        const lhr = await runOnce(url);
        const run = state.scores.length + 1;
        const benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
        summary.lighthouse = lhr.lighthouseVersion;
        summary.userAgent = lhr.environment.hostUserAgent;
        if (lhr.runtimeError) {
            console.error(`${page.name} run ${run}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
            failed = true;
        }
        const score = Object.fromEntries(CATEGORIES.map(c => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
        const blocking = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);
        const line = `${CATEGORIES.map(c => `${c} ${score[c]}`).join(', ')} (host benchmark ${benchmarkIndex}, blocking time ${blocking} ms)`;
        if (benchmarkIndex <= SLOW_HOST_BENCHMARK_INDEX && state.slowHostRuns.length < runs) {
            state.slowHostRuns.push({benchmarkIndex, score});
            fs.writeFileSync(path.join(outDir, `${page.name}-slow-host-${state.slowHostRuns.length}.json`), JSON.stringify(lhr));
            console.log(`${page.name} run ${run}, attempt ${attempt}: ${line}: host too busy for Lighthouse's CPU model, run again`);
            continue;
        }
        fs.writeFileSync(path.join(outDir, `${page.name}-${run}.json`), JSON.stringify(lhr));
        console.log(`${page.name} run ${run}: ${line}`);
        // What cost points, so a failing gate says why.
        for (const c of CATEGORIES) {
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
                const audit = lhr.audits[ref.id];
                if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
                    console.log(`    ${c}: ${audit.id} ${audit.score}${audit.displayValue ? ' (' + audit.displayValue + ')' : ''}`);
                }
            }
        }
        state.scores.push({...score, benchmarkIndex, totalBlockingTimeMs: blocking});
        return;
    }
}

// The pages take turns, so a busy minute on the machine falls on runs of different pages rather
// than on most runs of one.
const states = Object.fromEntries(pages.map(page => [page.name, {scores: [], slowHostRuns: []}]));
for (let round = 1; round <= runs; round++) {
    for (const page of pages) {
        await measure(page, states[page.name]);
    }
}
for (const page of pages) {
    const {scores, slowHostRuns} = states[page.name];
    const medians = Object.fromEntries(CATEGORIES.map(c => [c, median(scores.map(s => s[c]))]));
    summary.pages[page.name] = {url: page.path, runs: scores, slowHostRuns, median: medians};
}

const width = Math.max(...pages.map(p => p.name.length), 4);
console.log('');
console.log(`Lighthouse ${summary.lighthouse}, mobile, median of ${runs} runs`);
console.log(['page'.padEnd(width), ...CATEGORIES.map(c => c.padStart(15))].join(' '));
for (const page of pages) {
    const medians = summary.pages[page.name].median;
    console.log([page.name.padEnd(width), ...CATEGORIES.map(c => `${medians[c]}${medians[c] < GATES[c] ? ' < ' + GATES[c] : ''}`.padStart(15))].join(' '));
    for (const c of CATEGORIES) {
        if (medians[c] < GATES[c]) {
            failed = true;
        }
    }
}
console.log(['gate'.padEnd(width), ...CATEGORIES.map(c => `>= ${GATES[c]}`.padStart(15))].join(' '));
summary.passed = !failed;
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(`Summary: ${path.join(outDir, 'summary.json')}`);
process.exit(failed ? 1 : 0);
