// Browser tests of a generated catalog site, in Debian's Chromium driven by playwright-core.
//   node catalog.test.mjs --site DIR --artifacts DIR --mode playground|large [--model NAME]
// Opens the site from file:// (no server), fails on any console error, page error or request
// outside the site, and saves a screenshot of every step in the artifacts directory.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const site = resolve(args.site);
const artifacts = resolve(args.artifacts);
const mode = args.mode || 'playground';
mkdirSync(artifacts, { recursive: true });

const problems = [];
const timings = {};
const url = (path) => {
  const [file, hash] = path.split('#');
  return pathToFileURL(join(site, file)).href + (hash ? '#' + hash : '');
};

function check(condition, message) {
  if (!condition) { throw new Error(message); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', (m) => { if (m.type() === 'error') { problems.push('console error: ' + m.text()); } });
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
page.on('request', (r) => { if (!r.url().startsWith('file://')) { problems.push('external request: ' + r.url()); } });
page.on('requestfailed', (r) => problems.push('failed request: ' + r.url()));

async function shot(name) {
  await page.screenshot({ path: join(artifacts, name + '.png'), fullPage: false });
}

async function timed(name, action) {
  const t = Date.now();
  await action();
  timings[name] = Date.now() - t;
}

async function waitForGraph() {
  await page.waitForSelector('#lineage svg g.node', { timeout: 15000 });
}

async function search(query, expected) {
  await page.click('#q');
  await page.fill('#q', query);
  await page.waitForFunction((want) => Array.from(document.querySelectorAll('#results a'))
    .some((a) => a.textContent.includes(want)), expected, { timeout: 15000 });
}

async function playground() {
  // Home: figures, runs, search box.
  await timed('home', () => page.goto(url('index.html')));
  check((await page.textContent('h1')).trim().length > 0, 'home page has no heading');
  check(await page.locator('ul.figures li').count() >= 5, 'home page lists the project figures');
  await shot('01-home');

  // Home -> models -> customer_revenue.
  await page.click('nav a:text("Models")');
  await page.click('a:text-is("customer_revenue")');
  check(page.url().endsWith('models/customer_revenue.html'), 'the models list links to the model page: ' + page.url());
  await timed('model graph', waitForGraph);
  await shot('02-model');

  // Column: pick customer_id in the columns table; the upstream column lights up in the graph.
  await page.click('button.pick[data-col="customer_id"]');
  await page.waitForSelector('#lineage g.col.hl-self[data-table="customer_revenue"][data-col="customer_id"]');
  const upstream = page.locator('#lineage g.col.hl-up[data-table="dim_customers"][data-col="customer_id"]');
  check(await upstream.count() === 1, 'dim_customers.customer_id is highlighted upstream of customer_revenue.customer_id');
  check(await page.locator('#lineage path.cedge.up').count() > 0, 'the traced column edges are drawn');
  check(page.url().endsWith('#col-customer_id'), 'picking a column deep-links it: ' + page.url());
  check((await page.textContent('#trace')).includes('customer_id'), 'the trace is described in words');
  await page.locator('#lineage').scrollIntoViewIfNeeded();
  await shot('03-column-traced');

  // The same from the graph itself, with the keyboard: focus a column of another node and press Enter.
  const revenue = page.locator('#lineage g.col[data-table="customer_revenue"][data-col="revenue"]');
  await revenue.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#lineage g.col.hl-self[data-table="customer_revenue"][data-col="revenue"]');
  check(await page.locator('#lineage g.col.hl-up[data-table="fct_payments"][data-col="amount"]').count() === 1,
    'fct_payments.amount is upstream of customer_revenue.revenue');

  // Model -> column: follow a column deep link to the upstream model's page.
  await page.click('tr#col-customer_id a[href$="dim_customers.html#col-customer_id"]');
  check(page.url().endsWith('dim_customers.html#col-customer_id'), 'the reads link opens the upstream column: ' + page.url());
  await page.waitForSelector('#lineage g.col.hl-self[data-table="dim_customers"][data-col="customer_id"]');
  check(await page.locator('tr#col-customer_id.picked').count() === 1, 'the deep-linked column row is marked');
  await page.locator('#lineage').scrollIntoViewIfNeeded();
  await shot('04-deep-link');

  // Search: a model, then a column.
  await timed('search', () => search('stg_ord', 'stg_orders'));
  await shot('05-search');
  await page.keyboard.press('Enter');
  await page.waitForURL(/stg_orders\.html$/);
  await search('email', 'email');
  check(await page.locator('#results a .kind:text-is("column")').count() > 0, 'the search finds columns');

  // Runs -> the last run: its Gantt chart has one bar per model.
  await page.click('nav a:text("Runs")');
  await page.click('ul.listing a >> nth=0');
  check(/runs\/run-[^/]+\.html$/.test(page.url()), 'the runs list links to a run page: ' + page.url());
  const bars = await page.locator('#gantt rect').count();
  check(bars === 5, 'the run timeline has one bar per model, found ' + bars);
  await shot('06-run');

  await page.goto(url('diagnostics.html#code-E010'));
  check(await page.locator('#code-E010 .doc pre').count() > 0, 'the diagnostics page explains E010 with its example');
  await page.goto(url('compliance.html'));
  await shot('07-compliance');
}

async function large() {
  await timed('home', () => page.goto(url('index.html')));
  await shot('10-large-home');
  const model = args.model;
  await timed('model page', () => page.goto(url('models/' + model + '.html')));
  await timed('model graph', waitForGraph);
  const first = page.locator('button.pick').first();
  const column = await first.getAttribute('data-col');
  await first.click();
  await page.waitForSelector(`#lineage g.col.hl-self[data-col="${column}"]`);
  await page.locator('#lineage').scrollIntoViewIfNeeded();
  await shot('11-large-model');
  await timed('search', () => search(model.slice(0, 6), model.slice(0, 6)));
  await shot('12-large-search');
}

let failed = null;
try {
  await (mode === 'large' ? large() : playground());
} catch (e) {
  failed = e;
  await shot('failure').catch(() => {});
}
await browser.close();
console.log(JSON.stringify({ mode, timings_ms: timings, problems }));
if (failed) {
  console.error('FAILED: ' + failed.message);
  process.exit(1);
}
if (problems.length) {
  console.error('FAILED: ' + problems.join('\n'));
  process.exit(1);
}
console.log('passed');
