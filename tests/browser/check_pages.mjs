#!/usr/bin/env node
// Checks a heard report in headless Chromium: accessibility (axe-core, WCAG 2.2 AA
// rule set) and the security promises of the report pages.
//
//   node check_pages.mjs REPORT_DIR [--all-themes] [--advice] [--all-nodes]
//   node check_pages.mjs REPORT_DIR --hostile --baseline CLEAN_REPORT_DIR [--advice]
//
// Each page type is opened from a file:// URL: index.html, one theme page (the
// largest, so the most kinds of content are exercised; every one with
// --all-themes or --hostile), responses.html and method.html. On each page:
//   - axe-core runs with the tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa;
//     every violation is printed with its failing nodes;
//   - any request that is not file: or data: is recorded (and aborted), as is
//     any Content-Security-Policy violation, console error, uncaught script
//     error or dialog;
// responses.html is also opened with JavaScript disabled: every response must
// still be shown (as many as responses.csv has rows) and the filter controls,
// which need the script, must stay hidden.
//
// --hostile is for a report built from tests/testdata/browser/hostile/: each
// page must have exactly the <script> elements of the same page type in the
// clean --baseline report, no on* attribute, no javascript: URL, no element
// kind that can load or embed content unless the clean page has it too, no raw
// bidi control character, and responses.html must show the hostile strings as
// text.
//
// Each page also gets a Content-Security-Policy probe: the check tries, from
// inside the page, to load an image, script, stylesheet, font, fetch, frame and
// audio from a remote (unresolvable) host; the page's policy must refuse each.
//
// --advice also runs axe's best-practice rules (landmarks, regions, heading
// order, ...) and measures each page at 320 CSS px wide (WCAG 1.4.10 Reflow),
// and prints what it finds without failing. --all-nodes lists every failing
// element of a rule (the first 25 otherwise).
//
// Exit status: 0 when nothing was found, 1 when anything was, 2 on a usage or
// setup error.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Strings the hostile fixture puts in answers; responses.html must show each as text.
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x","y")',
];
// Elements that load, embed or restyle content; a hostile page may have one only
// when the clean page of the same type has one too.
const EMBEDDING_TAGS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link',
  'img', 'image', 'video', 'audio', 'source', 'track', 'form', 'textarea', 'portal',
  'meta[http-equiv]:not([http-equiv="Content-Security-Policy" i])', 'foreignObject'];
// Remote loads the CSP probe attempts; each must be refused by the page's policy.
const PROBE_HOST = 'csp-probe.invalid';
const PROBE_KINDS = ['img', 'script', 'style', 'font', 'fetch', 'frame', 'media'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

function usage(message) {
  if (message) console.error(`check_pages: ${message}`);
  console.error('usage: node check_pages.mjs REPORT_DIR [--all-themes] [--advice] [--all-nodes]\n' +
                '       node check_pages.mjs REPORT_DIR --hostile --baseline CLEAN_REPORT_DIR');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { dir: null, hostile: false, baseline: null, allThemes: false, advice: false,
                    maxNodes: 25 };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--hostile') options.hostile = true;
    else if (arg === '--all-themes') options.allThemes = true;
    else if (arg === '--advice') options.advice = true;
    else if (arg === '--all-nodes') options.maxNodes = Infinity;
    else if (arg === '--baseline') options.baseline = argv[++i] ?? usage('--baseline needs a folder');
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (options.dir === null) options.dir = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.dir === null) usage('no report folder given');
  if (options.hostile && !options.baseline) usage('--hostile needs --baseline CLEAN_REPORT_DIR');
  return options;
}

// The pages to open in `dir`: [{type, file}], file relative to dir.
function reportPages(dir, allThemes) {
  for (const file of ['index.html', 'responses.html', 'method.html']) {
    if (!fs.existsSync(path.join(dir, file))) usage(`${path.join(dir, file)} does not exist`);
  }
  const themeDir = path.join(dir, 'themes');
  const themes = fs.existsSync(themeDir)
    ? fs.readdirSync(themeDir).filter((f) => f.endsWith('.html') && !f.includes('-passages')).sort()
    : [];
  if (themes.length === 0) usage(`${themeDir} holds no theme pages`);
  const size = (f) => fs.statSync(path.join(themeDir, f)).size;
  const largest = themes.reduce((best, f) => (size(f) > size(best) ? f : best));
  const chosen = allThemes ? themes : [largest];
  return [
    { type: 'index', file: 'index.html' },
    ...chosen.map((f) => ({ type: 'theme', file: `themes/${f}` })),
    ...chosen.map((f) => ({ type: 'passages', file: `themes/${f.replace(/\.html$/, '-passages.html')}` }))
      .filter((entry) => fs.existsSync(path.join(dir, entry.file))),
    { type: 'responses', file: 'responses.html' },
    { type: 'method', file: 'method.html' },
  ];
}

// Number of data rows in a CSV file (RFC 4180: quoted fields may hold newlines).
function csvDataRows(file) {
  const text = fs.readFileSync(file, 'utf8');
  let rows = 0, quoted = false, fieldStart = true, rowHasData = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ++i;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && fieldStart) { quoted = true; rowHasData = true; fieldStart = false; continue; }
    if (c === '\n') { if (rowHasData) ++rows; rowHasData = false; fieldStart = true; continue; }
    if (c === '\r') continue;
    rowHasData = true;
    fieldStart = c === ',';
  }
  if (rowHasData) ++rows;
  return Math.max(0, rows - 1);
}

const clip = (s, n = 240) => {
  const flat = String(s).replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

const isLocalUrl = (url) => url.startsWith('file:') || url.startsWith('data:') ||
                            url === 'about:blank';

// Collects what a page did that a report page must never do.
// A load the CSP refuses never reaches the route: what does is a real network request.
async function watchPage(page, label, problems) {
  await page.route((url) => !isLocalUrl(url.href), (route) => {
    problems.push(`${label}: network request to ${route.request().url()} (aborted by the check)`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error') return;
    // Refusals of the CSP probe's loads, and the route's own aborts, are reported elsewhere.
    if (text.includes(PROBE_HOST) || text.includes('ERR_BLOCKED_BY_CLIENT')) return;
    problems.push(`${label}: console error: ${clip(text)}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: script error: ${clip(error.message)}`));
  page.on('dialog', async (dialog) => {
    problems.push(`${label}: a ${dialog.type()} dialog opened: ${clip(dialog.message())}`);
    await dialog.dismiss().catch(() => {});
  });
}

// Runs before any page script; CSP reports are read back after load.
function recordCspViolations() {
  window.__heardCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__heardCsp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
                           (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''));
  });
}

// Tries one remote load of each kind from inside the page and returns the kinds the
// page's Content-Security-Policy did not refuse. The elements are removed again.
async function probeCsp(page, kinds, host) {
  return page.evaluate(async ({ kinds, host }) => {
    const url = (kind) => `https://${kind}.${host}/probe`;
    const refused = new Set();
    const listener = (e) => {
      for (const kind of kinds) if ((e.blockedURI || '').includes(`${kind}.${host}`)) refused.add(kind);
    };
    document.addEventListener('securitypolicyviolation', listener);
    const added = [];
    const add = (el) => { document.body.appendChild(el); added.push(el); return el; };
    const make = {
      img: () => { add(document.createElement('img')).src = url('img'); },
      script: () => { add(document.createElement('script')).src = url('script'); },
      style: () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url('style');
        add(link);
      },
      font: () => {
        add(document.createElement('style')).textContent =
          `@font-face{font-family:heardprobe;src:url(${url('font')})}`;
        const span = add(document.createElement('span'));
        span.style.fontFamily = 'heardprobe';
        span.textContent = 'probe';
      },
      fetch: () => { fetch(url('fetch')).catch(() => {}); },
      frame: () => { add(document.createElement('iframe')).src = url('frame'); },
      media: () => { const a = add(document.createElement('audio')); a.preload = 'auto'; a.src = url('media'); },
    };
    for (const kind of kinds) make[kind]();
    for (let waited = 0; refused.size < kinds.length && waited < 3000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    document.removeEventListener('securitypolicyviolation', listener);
    added.forEach((el) => el.remove());
    return kinds.filter((kind) => !refused.has(kind));
  }, { kinds, host });
}

// Whether a Content-Security-Policy lets inline <script> elements run: its
// script-src (else default-src) allows 'unsafe-inline' and names no hash or nonce
// (either makes browsers ignore 'unsafe-inline').
function cspAllowsInlineScript(policies) {
  return policies.every((policy) => {
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0]).map(([name, ...values]) => [name.toLowerCase(), values]));
    const sources = directives.get('script-src') ?? directives.get('default-src');
    if (!sources) return true;
    return sources.includes("'unsafe-inline'") &&
           !sources.some((v) => /^'(sha(256|384|512)-|nonce-)/.test(v));
  });
}

// axe goes in as a <script> tag where the page's policy allows one; otherwise it
// is evaluated through the DevTools protocol, which the page's CSP does not govern
// (a refused tag would log a CSP error that is the check's, not the page's).
async function injectAxe(page) {
  const policies = await page.locator('meta[http-equiv="Content-Security-Policy" i]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') || ''));
  if (cspAllowsInlineScript(policies)) {
    await page.addScriptTag({ path: AXE_PATH });
  } else {
    await page.evaluate(fs.readFileSync(AXE_PATH, 'utf8'));
  }
}

async function runAxe(page, tags) {
  return page.evaluate(async (values) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return {
      passes: result.passes.length,
      incomplete: result.incomplete.map((r) => ({
        id: r.id,
        nodes: r.nodes.map((n) => ({
          target: n.target.join(' | '),
          why: [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean)[0] || '',
        })),
      })),
      violations: result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' | '),
          html: n.html,
          summary: n.failureSummary,
        })),
      })),
    };
  }, tags);
}

function printViolations(label, violations, heading, maxNodes) {
  console.log(`  ${heading}: ${violations.length} rule(s) fail on ${label}`);
  for (const v of violations) {
    console.log(`    [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
    console.log(`      ${v.helpUrl}`);
    if (v.nodes.length > maxNodes) {
      console.log(`      (the first ${maxNodes} shown; --all-nodes lists every one)`);
    }
    for (const node of v.nodes.slice(0, maxNodes)) {
      console.log(`      - ${node.target}`);
      console.log(`        ${clip(node.html, 200)}`);
      for (const line of (node.summary || '').split('\n').filter(Boolean)) {
        console.log(`        ${clip(line, 300)}`);
      }
    }
  }
}

// What --hostile compares between a page and the clean page of its type.
function pageInventory(embeddingTags) {
  const scripts = [...document.querySelectorAll('script')].map(
    (s) => `${s.getAttribute('src') || ''}\n${s.textContent}`);
  const styles = document.querySelectorAll('style').length;
  const embedding = {};
  for (const selector of embeddingTags) {
    embedding[selector] = document.querySelectorAll(selector).length;
  }
  return { scripts, styles, embedding };
}

// Problems a hostile response could cause, found in the live DOM.
function hostileDomProblems(urlAttributes) {
  const problems = [];
  const bidi = /[\u202A-\u202E\u2066-\u2069]/;
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const where = `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`;
      if (/^on/i.test(attr.name)) problems.push(`${where} has an event handler attribute ${attr.name}`);
      const value = attr.value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
      if (urlAttributes.includes(attr.name.toLowerCase()) &&
          /^(javascript|vbscript|data:text\/html)/.test(value)) {
        problems.push(`${where} has ${attr.name}="${attr.value.slice(0, 80)}"`);
      }
      if (bidi.test(attr.value)) problems.push(`${where} attribute ${attr.name} holds a raw bidi control`);
    }
  }
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (bidi.test(node.data)) {
      problems.push(`text in <${node.parentElement?.localName}> holds a raw bidi control: ` +
                    JSON.stringify(node.data.slice(0, 80)));
    }
  }
  return problems;
}

function compareInventory(label, inventory, baseline, problems) {
  const allowed = new Set(baseline.scripts);
  const foreign = inventory.scripts.filter((s) => !allowed.has(s));
  for (const s of foreign) problems.push(`${label}: a <script> heard did not write: ${clip(s, 160)}`);
  if (inventory.scripts.length !== baseline.scripts.length) {
    problems.push(`${label}: ${inventory.scripts.length} <script> element(s), the clean page has ` +
                  `${baseline.scripts.length}`);
  }
  if (inventory.styles !== baseline.styles) {
    problems.push(`${label}: ${inventory.styles} <style> element(s), the clean page has ${baseline.styles}`);
  }
  for (const [selector, count] of Object.entries(inventory.embedding)) {
    if (count > 0 && baseline.embedding[selector] === 0) {
      problems.push(`${label}: ${count} ${selector} element(s), the clean page has none`);
    }
  }
}

async function checkPage(context, dir, entry, options, baselines, problems) {
  const label = entry.file;
  const page = await context.newPage();
  await watchPage(page, label, problems);
  await page.goto(pathToFileURL(path.join(dir, entry.file)).href, { waitUntil: 'load' });
  for (const csp of await page.evaluate(() => window.__heardCsp || [])) {
    problems.push(`${label}: Content-Security-Policy violation: ${csp}`);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy" i]').count();
  if (csp === 0) problems.push(`${label}: no Content-Security-Policy meta tag`);

  if (options.hostile) {
    const baseline = baselines.get(entry.type);
    compareInventory(label, await page.evaluate(pageInventory, EMBEDDING_TAGS), baseline, problems);
    for (const p of await page.evaluate(hostileDomProblems, URL_ATTRIBUTES)) {
      problems.push(`${label}: ${p}`);
    }
    if (entry.type === 'responses') {
      const text = await page.evaluate(() => document.body.innerText);
      for (const s of HOSTILE_TEXT) {
        if (!text.includes(s)) problems.push(`${label}: the text ${JSON.stringify(s)} is not shown as text`);
      }
    }
  }
  if (entry.type === 'responses') {
    const total = await page.locator('article.response').count();
    const shown = await page.locator('article.response:visible').count();
    if (shown !== total) problems.push(`${label}: with its script, ${shown} of ${total} responses shown`);
  }

  await injectAxe(page);
  const axe = await runAxe(page, WCAG_TAGS);
  let advice = null;
  if (options.advice) advice = await runAxe(page, ['best-practice']);
  for (const kind of await probeCsp(page, PROBE_KINDS, PROBE_HOST)) {
    problems.push(`${label}: the Content-Security-Policy did not refuse a remote ${kind} load`);
  }
  await page.close();
  return { axe, advice };
}

// responses.html with JavaScript off: everything shown, no dead controls.
async function checkWithoutScript(browser, dir, problems) {
  const label = 'responses.html (JavaScript off)';
  const before = problems.length;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await watchPage(page, label, problems);
  await page.goto(pathToFileURL(path.join(dir, 'responses.html')).href, { waitUntil: 'load' });
  const total = await page.locator('article.response').count();
  const shown = await page.locator('article.response:visible').count();
  const expected = csvDataRows(path.join(dir, 'responses.csv'));
  if (shown !== total) problems.push(`${label}: ${shown} of ${total} responses visible`);
  if (total !== expected) {
    problems.push(`${label}: ${total} responses on the page, responses.csv has ${expected}`);
  }
  const deadControls = await page.locator('select:visible, input:visible, button:visible').count();
  if (deadControls > 0) {
    problems.push(`${label}: ${deadControls} form control(s) visible that only work with the script`);
  }
  await context.close();
  console.log(`${problems.length === before ? 'PASS' : 'FAIL'} ${label}: ${shown} of ${total} ` +
              `responses visible; responses.csv has ${expected}`);
  for (const p of problems.slice(before)) console.log(`  ${p}`);
}

// --advice: at 320 CSS px wide (WCAG 1.4.10 Reflow) the page should not scroll
// sideways; data tables are exempt, but they should then scroll in a box of their own.
async function reflowAdvice(browser, dir, pages) {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  for (const entry of pages) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(dir, entry.file)).href, { waitUntil: 'load' });
    const { width, wide } = await page.evaluate(() => {
      const describe = (el) => {
        const caption = el.querySelector('caption')?.textContent;
        return `<${el.localName}${el.className ? ` class="${el.className}"` : ''}>` +
               ` "${(caption || el.textContent).replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
      };
      // Boxes that stick out of the viewport (outermost), and boxes whose own
      // content sticks out of them, such as a long unbroken word (innermost).
      const outer = [], inner = [];
      const all = [...document.querySelectorAll('body *')];
      for (const el of all) {
        if (el.getBoundingClientRect().right > 321 && !outer.some((o) => o.contains(el))) outer.push(el);
      }
      const overflows = (el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
      for (const el of all) {
        if (overflows(el) && ![...el.querySelectorAll('*')].some(overflows)) inner.push(el);
      }
      const wide = [...outer.map((el) => `${describe(el)} ${Math.round(el.getBoundingClientRect().width)}px`),
                    ...inner.filter((el) => !outer.includes(el))
                      .map((el) => `${describe(el)} holds content ${el.scrollWidth}px wide`)];
      return { width: document.documentElement.scrollWidth, wide };
    });
    if (width > 320) {
      console.log(`  advice (reflow, not failing): ${entry.file} is ${width}px wide at 320px: ` +
                  wide.join('; '));
    }
    await page.close();
  }
  await context.close();
}

async function baselineInventories(browser, dir) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const inventories = new Map();
  for (const entry of reportPages(dir, false)) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(dir, entry.file)).href, { waitUntil: 'load' });
    inventories.set(entry.type, await page.evaluate(pageInventory, EMBEDDING_TAGS));
    await page.close();
  }
  await context.close();
  return inventories;
}

// The committee summary must print on at most two A4 pages (issue 5).
async function checkPrintedSummary(browser, dir, problems) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.close();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`${pages <= 2 ? 'PASS' : 'FAIL'} index.html printed on A4: ${pages} page(s)`);
  if (pages > 2) problems.push(`index.html prints on ${pages} A4 pages; the limit is 2`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = path.resolve(options.dir);
  const pages = reportPages(dir, options.allThemes || options.hostile);
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) usage(`no Chromium at ${executablePath} (apt-get install chromium)`);

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // Root in a container has no user namespaces for Chromium's sandbox; the pages
    // are our own output, and nothing is fetched from the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  console.log(`Chromium ${browser.version()}, axe-core ${AXE_VERSION}, tags ${WCAG_TAGS.join(' ')}`);
  console.log(`Report: ${dir}${options.hostile ? ` (hostile; clean baseline ${options.baseline})` : ''}`);

  const problems = [];
  let violationCount = 0;
  const failingRules = new Set();
  try {
    const baselines = options.hostile
      ? await baselineInventories(browser, path.resolve(options.baseline))
      : null;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordCspViolations);
    context.setDefaultTimeout(120000);
    for (const entry of pages) {
      const before = problems.length;
      const { axe, advice } = await checkPage(context, dir, entry, options, baselines, problems);
      violationCount += axe.violations.length;
      axe.violations.forEach((v) => failingRules.add(v.id));
      const verdict = axe.violations.length === 0 && problems.length === before ? 'PASS' : 'FAIL';
      console.log(`${verdict} ${entry.file} (${entry.type}): ${axe.violations.length} axe violation(s), ` +
                  `${axe.passes} rule(s) passed, ${problems.length - before} other problem(s)`);
      if (axe.violations.length > 0) {
        printViolations(entry.file, axe.violations, 'WCAG', options.maxNodes);
      }
      for (const r of axe.incomplete) {
        console.log(`  needs review by a person (axe could not decide, not failing): ${r.id}`);
        for (const node of r.nodes.slice(0, options.maxNodes)) {
          console.log(`    - ${node.target}: ${clip(node.why, 200)}`);
        }
      }
      if (advice && advice.violations.length > 0) {
        printViolations(entry.file, advice.violations, 'advice (best-practice, not failing)',
                        options.maxNodes);
      }
      for (const p of problems.slice(before)) console.log(`  ${p}`);
    }
    await context.close();
    await checkWithoutScript(browser, dir, problems);
    if (!options.hostile) await checkPrintedSummary(browser, dir, problems);
    if (options.advice) await reflowAdvice(browser, dir, pages);
  } finally {
    await browser.close();
  }

  const failed = violationCount > 0 || problems.length > 0;
  console.log(`${failed ? 'FAILED' : 'PASSED'}: ${pages.length + 1} page view(s), ` +
              `${violationCount} axe violation(s)` +
              (failingRules.size ? ` (${[...failingRules].sort().join(', ')})` : '') +
              `, ${problems.length} other problem(s)`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`check_pages: ${error.stack || error}`);
  process.exit(2);
});
