/**
 * `npm run bench`: build, search, page-weight, PDF and Lighthouse figures for this site, each
 * beside its target, printed as tables and written to bench-results.json. Not part of `npm test`.
 * docs/performance.md explains every figure.
 *
 *   npm run bench                 full run (real site x3, +1,000 pages x3, +5,000 pages x1)
 *   npm run bench -- --quick      skips the 5,000-page build (search then runs on the 1,000-page site)
 *   npm run bench -- --keep       keeps the temporary project copies (their paths are printed)
 *   npm run bench -- --wait-idle  first waits (up to 10 minutes) for the machine's load average to fall below half its cores
 *   npm run bench -- --no-lighthouse   skips Lighthouse  } for development of the bench itself:
 *   npm run bench -- --no-scale        no generated pages } their figures are then missing
 *
 * Every build happens in a temporary copy of the project (os.tmpdir()); generated pages are
 * written only there. Build logs go to .bench/logs/ (gitignored).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { buildCopy, createProjectCopy } from './lib/build.mjs';
import { writeGeneratedArticles } from './lib/generate-pages.mjs';
import { folderBytes, largestArticle, pageSize } from './lib/sizes.mjs';
import { machineInfo } from './lib/machine.mjs';
import { timePagefind } from './lib/pagefind-alone.mjs';
import { launchChromium, measurePageLoad, measurePdfExport, measurePlanPage, measureSearch } from './lib/browser.mjs';
import { fullPlanDraft } from './lib/full-plan.mjs';
import { CATEGORIES, runLighthouse } from './lib/lighthouse.mjs';
import { median } from './lib/stats.mjs';
import { formatTable, kb, markdownTable, mb, ms, sec, verdict } from './lib/report.mjs';
import { startStaticServer } from '../static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const KEEP = args.has('--keep');
const LIGHTHOUSE = !args.has('--no-lighthouse');
/** Development of the bench only: no generated pages at all. */
const NO_SCALE = args.has('--no-scale');
const WAIT_IDLE = args.has('--wait-idle');

/** Targets (docs/performance.md). 5 KB = 5 x 1024 bytes. */
const TARGET = {
  contentJsBytes: 0,
  contentRequests: 3,
  articleGzipBytes: 5 * 1024,
  lighthouse: 100,
  build1000Seconds: 20,
  build5000Seconds: 60,
  warmSearchMs: 60,
  pdfExportMs: 300,
  linearRatio: 1.5,
};
const RUNS = { real: 3, gen1000: 3, gen5000: 1, lighthouse: QUICK ? 1 : 3, pdf: 5 };
const COLD_QUERIES = ['review', 'diagnosis', 'timetable'];
/** Broad (match most generated pages), middling and narrow queries; every one is reported. */
const WARM_QUERIES = ['meeting', 'therapist', 'senco', 'homework', 'dyslexia', 'handwriting', 'stammering'];

const log = (...a) => console.log(...a);
/** The 1-minute load average when each step started: other work on the machine skews its figures. */
const loadAtStep = {};
const step = (text, key) => {
  const load = Math.round(loadavg()[0] * 100) / 100;
  if (key) loadAtStep[key] = load;
  log(`\n» ${text} (load average ${load})`);
};
const LOG_DIR = join(ROOT, '.bench', 'logs');

async function fixedArticleSlug() {
  const files = (await readdir(join(ROOT, 'src', 'content', 'guidance'))).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
  return files.includes('assess') ? 'assess' : files[0];
}

/** Builds one copy `runs` times; returns the runs, their medians and the output's sizes. */
async function benchBuilds(name, extraPages, runs, fixedSlug) {
  step(`${name}: copying the project${extraPages ? ` and generating ${extraPages} guidance pages` : ''}`, `build:${name}`);
  const copy = await createProjectCopy(ROOT, name);
  const generated = extraPages ? await writeGeneratedArticles(copy.dir, extraPages) : null;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const logFile = join(LOG_DIR, `build-${name}-${i + 1}.log`);
    process.stdout.write(`  build ${i + 1}/${runs} … `);
    const r = await buildCopy(copy, { logFile });
    log(`${sec(r.seconds)}, ${r.pages} pages, peak ${mb(r.peakRssBytes)} (log: ${logFile.replace(`${ROOT}/`, '')})`);
    results.push(r);
  }
  process.stdout.write('  Pagefind alone over the same build … ');
  const pagefindAlone = await timePagefind(copy.outDir, copy.dir);
  log(`${sec(pagefindAlone.totalSeconds)} (index ${sec(pagefindAlone.indexSeconds)}, write ${sec(pagefindAlone.writeSeconds)})`);
  const pagefind = await folderBytes(join(copy.outDir, 'pagefind'));
  const fixed = await pageSize(copy.outDir, `guidance/${fixedSlug}/`);
  const largest = await largestArticle(copy.outDir);
  const guidanceIndex = await pageSize(copy.outDir, 'guidance/');
  const med = (f) => median(results.map(f));
  const phaseNames = Object.keys(results[0].phases);
  return {
    copy,
    summary: {
      name,
      extraPages,
      generatedMeanWords: generated?.meanWords ?? null,
      runs: results.length,
      singleRun: results.length === 1,
      pages: results[0].pages,
      seconds: med((r) => r.seconds),
      secondsEach: results.map((r) => Math.round(r.seconds * 100) / 100),
      peakRssBytes: med((r) => r.peakRssBytes),
      phases: Object.fromEntries(phaseNames.map((p) => [p, med((r) => r.phases[p])])),
      pagefindProcess: {
        seconds: med((r) => r.pagefindProcess?.seconds),
        peakRssBytes: med((r) => r.pagefindProcess?.peakRssBytes),
      },
      pagefindAlone,
      pagefindBytes: pagefind.bytes,
      pagefindFiles: pagefind.files,
      fixedArticle: { slug: fixedSlug, ...fixed },
      largestArticle: largest.largest,
      articleCount: largest.articles,
      guidanceIndex,
    },
  };
}

/** Waits until the 1-minute load average is below half the cores, or 10 minutes have passed. */
async function waitForIdle() {
  const cores = cpus().length;
  const until = Date.now() + 10 * 60_000;
  while (loadavg()[0] >= cores / 2 && Date.now() < until) {
    log(`Waiting for a quieter machine: load average ${loadavg()[0].toFixed(2)} on ${cores} cores …`);
    await new Promise((ok) => setTimeout(ok, 20_000));
  }
}

async function main() {
  await mkdir(LOG_DIR, { recursive: true });
  if (WAIT_IDLE) await waitForIdle();
  const started = Date.now();
  const machine = machineInfo();
  log(`SEN Support portal bench${QUICK ? ' (--quick: no 5,000-page build)' : ''}`);
  log(`Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, load ${machine.loadAverageAtStart}`);
  if (machine.loadAverageAtStart > 0.5 * machine.cores) log('Note: the machine is busy (load average above half the cores); figures will be slower than on an idle machine.');
  const fixedSlug = await fixedArticleSlug();
  const results = { date: new Date().toISOString(), machine, options: { quick: QUICK, runs: RUNS }, targets: TARGET };
  const copies = [];
  const rows = { builds: [], pages: [], search: [], pdf: [], lighthouse: [] };
  const notAvailable = [];

  try {
    // ---- Builds -------------------------------------------------------------------------
    const real = await benchBuilds('real', 0, RUNS.real, fixedSlug);
    copies.push(real.copy);
    const gen1000 = NO_SCALE ? null : await benchBuilds('gen1000', 1000, RUNS.gen1000, fixedSlug);
    if (gen1000) copies.push(gen1000.copy);
    const gen5000 = QUICK || NO_SCALE ? null : await benchBuilds('gen5000', 5000, RUNS.gen5000, fixedSlug);
    if (gen5000) copies.push(gen5000.copy);
    const builds = [real, gen1000, gen5000].filter(Boolean).map((b) => b.summary);
    results.builds = Object.fromEntries(builds.map((b) => [b.name, b]));

    // Cost per page: total/pages, and the marginal cost of each extra page over the real site.
    const perPage = (b) => b.seconds / b.pages;
    const marginal = (b) => (b.extraPages ? (b.seconds - real.summary.seconds) / b.extraPages : null);
    const m1000 = gen1000 ? marginal(gen1000.summary) : null;
    const m5000 = gen5000 ? marginal(gen5000.summary) : null;
    const ratio = m1000 && m5000 ? m5000 / m1000 : null;
    const linear = ratio === null ? null : ratio <= TARGET.linearRatio;
    results.linearity = {
      secondsPerPage: Object.fromEntries(builds.map((b) => [b.name, perPage(b)])),
      marginalSecondsPerExtraPage: { gen1000: m1000, gen5000: m5000 },
      ratio5000to1000: ratio,
      linear,
    };
    if (linear === false) log(`\nWARNING: build cost is not linear: each of 5,000 extra pages costs ${ratio.toFixed(2)}x what each of 1,000 does (limit ${TARGET.linearRatio}x).`);

    for (const b of builds) {
      const label = b.extraPages ? `+${b.extraPages.toLocaleString('en-GB')} pages` : 'real site';
      const runsNote = `${b.singleRun ? '1 run' : `median of ${b.runs}`}, load average ${loadAtStep[`build:${b.name}`]} at start`;
      const target = b.extraPages === 1000 ? TARGET.build1000Seconds : b.extraPages === 5000 ? TARGET.build5000Seconds : null;
      rows.builds.push([
        `Build, ${label} (${b.pages} pages, ${runsNote})`,
        sec(b.seconds),
        target ? `≤ ${target} s` : '',
        target ? verdict(b.seconds <= target) : '',
      ]);
      const p = b.phases;
      rows.builds.push([`  of which setup+content sync / bundle / render`, `${sec(p.setupSeconds)} / ${sec(p.bundleSeconds)} / ${sec(p.renderSeconds)}`, '', '']);
      rows.builds.push([`  of which Pagefind (integration; process alive)`, `${sec(p.pagefindSeconds)}; ${sec(b.pagefindProcess.seconds)}`, '', '']);
      const pa = b.pagefindAlone;
      rows.builds.push([`  Pagefind alone afterwards: read+index / write`, `${sec(pa.indexSeconds)} / ${sec(pa.writeSeconds)}`, '', '']);
      rows.builds.push([`  seconds per page (total / per extra page)`, `${(perPage(b) * 1000).toFixed(1)} ms${b.extraPages ? ` / ${(marginal(b) * 1000).toFixed(1)} ms` : ''}`, '', '']);
      rows.builds.push([`  peak memory, process tree (Pagefind alone)`, `${mb(b.peakRssBytes)} (${mb(b.pagefindProcess.peakRssBytes)})`, '', '']);
      rows.builds.push([`  Pagefind index (dist/pagefind)`, `${kb(b.pagefindBytes)} in ${b.pagefindFiles} files`, '', '']);
      rows.builds.push([
        `  article ${b.fixedArticle.slug}: raw / gzip`,
        `${kb(b.fixedArticle.raw)} / ${kb(b.fixedArticle.gzip)}`,
        `≤ ${kb(TARGET.articleGzipBytes)} gzip`,
        verdict(b.fixedArticle.gzip <= TARGET.articleGzipBytes),
      ]);
      rows.builds.push([
        `  largest of ${b.articleCount} articles (${b.largestArticle.slug}): gzip`,
        kb(b.largestArticle.gzip),
        `≤ ${kb(TARGET.articleGzipBytes)} gzip`,
        verdict(b.largestArticle.gzip <= TARGET.articleGzipBytes),
      ]);
      rows.builds.push([`  guidance index page (lists every article): gzip`, kb(b.guidanceIndex?.gzip), '', '']);
    }
    rows.builds.push([
      'Linear: cost per extra page, 5,000 vs 1,000',
      ratio === null ? 'n/a (--quick)' : `${ratio.toFixed(2)}x (linear: ${linear})`,
      `≤ ${TARGET.linearRatio}x`,
      verdict(linear),
    ]);
    const fixedSizes = builds.map((b) => b.fixedArticle.gzip);
    const grows = Math.max(...fixedSizes) > fixedSizes[0] * 1.05;
    results.articleGrowth = { slug: fixedSlug, gzipByBuild: Object.fromEntries(builds.map((b) => [b.name, b.fixedArticle.gzip])), grows };
    rows.builds.push([
      `Article ${fixedSlug} gzip does not grow with pages`,
      builds.map((b) => `${b.fixedArticle.gzip} B`).join(' → '),
      '≤ +5%',
      verdict(!grows),
    ]);

    // ---- Browser: the real site ---------------------------------------------------------
    const browser = await launchChromium();
    try {
      const server = await startStaticServer({ root: real.copy.outDir, base: '/' });
      try {
        step(`Page weight in Chromium (${server.url})`, 'pages');
        const article = `guidance/${fixedSlug}/`;
        const home = await measurePageLoad(browser, server.url);
        const art = await measurePageLoad(browser, new URL(article, server.url).href);
        const draft = await fullPlanDraft(ROOT);
        const plan = await measurePlanPage(browser, server.url, draft);
        results.pageWeight = { home, article: { path: article, ...art }, plan };
        for (const [name, m] of [['Home', home], [`Article (/${article})`, art]]) {
          rows.pages.push([`${name}: requests on load`, String(m.requests), `≤ ${TARGET.contentRequests}`, verdict(m.requests <= TARGET.contentRequests)]);
          rows.pages.push([`  JavaScript raw / gzip`, `${kb(m.js.raw)} / ${kb(m.js.gzip)}`, '0 KB', verdict(m.js.raw <= TARGET.contentJsBytes)]);
          rows.pages.push([`  CSS raw / gzip`, `${kb(m.css.raw)} / ${kb(m.css.gzip)}`, '', '']);
          rows.pages.push([`  HTML raw / gzip`, `${kb(m.html.raw)} / ${kb(m.html.gzip)}`, '', '']);
          if (m.offsite.length) rows.pages.push([`  requests to other hosts`, m.offsite.join(' '), 'none', 'FAIL']);
        }
        if (plan.firstVisit) {
          const w = plan.firstVisit;
          const i = w.beforeIdle ?? w;
          rows.pages.push([`Plan builder (/plan/), first visit, until ready: requests`, String(i.requests), '', '']);
          rows.pages.push([`  JavaScript raw / gzip`, `${kb(i.js.raw)} / ${kb(i.js.gzip)}`, '≤ 90 KB gzip (design.md)', verdict(i.js.gzip <= 90 * 1024)]);
          rows.pages.push([`  CSS / HTML gzip`, `${kb(i.css.gzip)} / ${kb(i.html.gzip)}`, '', '']);
          if (w.beforeIdle) {
            rows.pages.push([`Plan builder, first visit, with prefetch when idle: requests`, String(w.requests), '', '']);
            rows.pages.push([`  JavaScript raw / gzip`, `${kb(w.js.raw)} / ${kb(w.js.gzip)}`, '', '']);
          }
        }
        if (plan.available) {
          const [b, a] = [plan.onLoad, plan.afterExport];
          rows.pages.push([`Plan builder with a stored plan, before export: requests`, String(b.requests), '', '']);
          rows.pages.push([`  JavaScript raw / gzip`, `${kb(b.js.raw)} / ${kb(b.js.gzip)}`, '', '']);
          rows.pages.push([`Plan builder after PDF export: requests`, String(a.requests), '', '']);
          rows.pages.push([`  JavaScript raw / gzip`, `${kb(a.js.raw)} / ${kb(a.js.gzip)}`, '', '']);
          rows.pages.push([`  fonts / other raw`, `${kb(a.font.raw)} / ${kb(a.other.raw)}`, '', '']);
        } else {
          const reason = `not available yet: ${plan.reason}`;
          rows.pages.push(['Plan builder before/after export', reason, '', '']);
          notAvailable.push(`Plan builder page weight: ${plan.reason}`);
          log(`  ${reason}`);
        }

        step('PDF export of a full plan in Chromium', 'pdf');
        const pdf = await measurePdfExport(browser, server.url, draft, { runs: RUNS.pdf });
        results.pdf = pdf;
        if (pdf.available) {
          rows.pdf.push([`Export, full plan (median of ${pdf.runs.length}, click → download)`, ms(pdf.medianMs), `< ${TARGET.pdfExportMs} ms`, verdict(pdf.medianMs < TARGET.pdfExportMs)]);
          rows.pdf.push(['  click → PDF blob in the page (median)', ms(pdf.medianBlobMs), '', '']);
          rows.pdf.push(['  first export (loads pdf-lib and the font)', ms(pdf.first.clickToDownloadMs), '', '']);
          rows.pdf.push(['  file size', kb(pdf.bytes), '', '']);
          if (pdf.profile?.byFile) rows.pdf.push(['  CPU profile of one export, self time by file', pdf.profile.byFile.slice(0, 4).map((f) => `${f.file} ${f.ms} ms`).join(', '), '', '']);
        } else {
          const reason = `not available yet: ${pdf.reason}`;
          rows.pdf.push(['PDF export of a full plan', reason, `< ${TARGET.pdfExportMs} ms`, '']);
          notAvailable.push(`PDF export: ${pdf.reason}`);
          log(`  ${reason}`);
        }

        if (LIGHTHOUSE) {
          step(`Lighthouse (${RUNS.lighthouse} run(s) per page, median)`, 'lighthouse');
          const pages = [
            { name: 'home', url: server.url },
            { name: 'article', url: new URL(article, server.url).href },
          ];
          if (plan.firstVisit) pages.push({ name: 'builder', url: new URL('plan/', server.url).href });
          else notAvailable.push('Lighthouse on the builder: no /plan/ page in the build');
          const lh = await runLighthouse(pages, { runs: RUNS.lighthouse });
          results.lighthouse = lh;
          for (const [name, r] of Object.entries(lh)) {
            const all100 = CATEGORIES.every((c) => r.scores[c] === TARGET.lighthouse);
            rows.lighthouse.push([`Lighthouse ${name}: perf / a11y / best practices / SEO`, CATEGORIES.map((c) => r.scores[c] ?? 'n/a').join(' / '), '100 each', verdict(all100)]);
            for (const f of r.failedAudits.filter((a) => r.scores[a.category] !== TARGET.lighthouse)) rows.lighthouse.push([`  ${f.category}: ${f.title}`, f.displayValue || `score ${f.score}`, '', '']);
            if (r.scores.performance !== TARGET.lighthouse) for (const e of r.lcpElements) rows.lighthouse.push(['  LCP element', e, '', '']);
            if (r.offsite.length) rows.lighthouse.push(['  requests to other hosts', r.offsite.join(' '), 'none', 'FAIL']);
          }
          if (!plan.firstVisit) rows.lighthouse.push(['Lighthouse builder', 'not available yet: no /plan/ page', '100 each', '']);
        }
      } finally {
        await server.close();
      }

      // ---- Search on the largest site ---------------------------------------------------
      const big = gen5000 ?? gen1000 ?? real;
      const bigServer = await startStaticServer({ root: big.copy.outDir, base: '/' });
      try {
        step(`Search in Chromium on the ${big.summary.pages}-page site`, 'search');
        const search = await measureSearch(browser, bigServer.url, { coldQueries: COLD_QUERIES, warmQueries: WARM_QUERIES });
        results.search = { site: big.summary.name, pages: big.summary.pages, ...search };
        const site = `${big.summary.pages} pages`;
        rows.search.push([`Cold search, first query (median of ${search.cold.runs.length} fresh pages, ${site})`, `${ms(search.cold.inputToResultsMs)} (search ${ms(search.cold.searchMs)})`, '', '']);
        rows.search.push([`Warm search (median of ${search.warm.runs.length} queries): input → results`, ms(search.warm.inputToResultsMs), 'includes the 150 ms typing pause', '']);
        rows.search.push([`Warm search: search itself (“Searching…” → results)`, ms(search.warm.searchMs), `≤ ${TARGET.warmSearchMs} ms`, verdict(search.warm.searchMs <= TARGET.warmSearchMs)]);
        for (const r of search.warm.runs) {
          const files = Object.entries(r.fetched).map(([k, n]) => `${n} ${k}`).join(', ');
          rows.search.push([`  “${r.query}”: ${r.results} results`, `${ms(r.searchMs)} = index ${ms(r.indexPhaseMs)} + results ${ms(r.resultsPhaseMs)}; fetched ${files || 'nothing'}`, '', '']);
        }
        if (search.offsite.length) rows.search.push(['  requests to other hosts', search.offsite.join(' '), 'none', 'FAIL']);
      } finally {
        await bigServer.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (KEEP) log(`\nKept the project copies: ${copies.map((c) => c.dir).join(' ')}`);
    else await Promise.all(copies.map((c) => c.cleanup()));
  }

  results.notAvailable = notAvailable;
  results.loadAverageAtEnd = Math.round(loadavg()[0] * 100) / 100;
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.loadAverageAtStep = loadAtStep;
  const at = (key) => (loadAtStep[key] === undefined ? '' : ` (load average ${loadAtStep[key]} at start)`);
  const sections = [
    ['Build (cold builds in a temporary copy; Astro and Pagefind)', rows.builds],
    [`Page weight on load, from the network in Chromium${at('pages')}`, rows.pages],
    [`Search, Pagefind in Chromium${at('search')}`, rows.search],
    [`PDF${at('pdf')}`, rows.pdf],
    [`Lighthouse (mobile defaults, median)${at('lighthouse')}`, rows.lighthouse],
  ].filter(([, r]) => r.length);
  const m = machine;
  log(`\n${'='.repeat(100)}\nResults ${results.date.slice(0, 10)} · ${m.cores} cores · ${m.cpuModel} · ${m.totalMemoryGiB} GiB · Node ${m.node} · load average ${m.loadAverageAtStart} at start, ${results.loadAverageAtEnd} at end`);
  for (const [title, r] of sections) log(formatTable(title, r));
  // A failing indented row is named with the row it belongs to ("Home: requests on load › JavaScript").
  const failed = sections.flatMap(([, r]) => {
    let parent = '';
    return r.flatMap((row) => {
      if (!row[0].startsWith(' ')) parent = row[0];
      return row[3] === 'FAIL' ? [`${row[0].startsWith(' ') ? `${parent.split(':')[0]} › ` : ''}${row[0].trim()} (${row[1]}; target ${row[2]})`] : [];
    });
  });
  results.failedTargets = failed;
  results.tables = Object.fromEntries(sections.map(([title, r]) => [title, r]));
  results.markdown = sections.map(([title, r]) => `### ${title}\n\n${markdownTable(r)}`).join('\n\n');
  log(`\n${failed.length ? `${failed.length} target(s) missed: ${failed.join('; ')}` : 'Every measured target met.'}`);
  if (notAvailable.length) log(`Not available yet: ${notAvailable.join('; ')}`);
  await writeFile(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote bench-results.json (${results.durationSeconds} s in all).`);
}

main().catch((error) => {
  console.error(`\nThe bench stopped: ${error?.stack ?? error}`);
  process.exit(1);
});
