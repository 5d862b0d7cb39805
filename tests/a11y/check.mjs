// Test-only: open each HTML file in the system's headless Chromium and report, as one JSON object:
//   axe-core violations (every rule, best practices included, all impact levels) at a desktop width,
//   and at each narrow width whether the page scrolls sideways (only a table's own scroll box may).
// Usage: node check.mjs [--widths 1280,320] [--screenshot DIR] FILE.html...
// Nothing is fetched from the network: requests other than file: and data: URLs are aborted.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = process.argv.slice(2);
let widths = [1280, 320];
let shots = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--widths") widths = args[++i].split(",").map(Number);
  else if (args[i] === "--screenshot") shots = args[++i];
  else files.push(args[i]);
}
const executablePath = process.env.CHROMIUM || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"],
});
const out = {};
try {
  for (const file of files) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const blocked = [];
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("file:") || url.startsWith("data:")) req.continue();
      else { blocked.push(url); req.abort(); }
    });
    const url = "file://" + path.resolve(file);
    const result = { violations: [], overflow: {}, blocked };
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: "load" });
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        const offenders = [];
        if (doc.scrollWidth > doc.clientWidth + 1) {
          for (const el of document.body.querySelectorAll("*")) {
            const r = el.getBoundingClientRect();
            if (r.right > doc.clientWidth + 1 && !el.closest("[data-scroll-region]")) {
              offenders.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""));
              if (offenders.length >= 5) break;
            }
          }
        }
        return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, offenders };
      });
      result.overflow[width] = overflow;
      if (shots) {
        fs.mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, path.basename(file, ".html") + "-" + width + ".png"), fullPage: true });
      }
      if (width === widths[0]) {
        await page.evaluate(axeSource);
        const axe = await page.evaluate(async () => {
          // every rule axe has, including best practices and experimental ones
          const rules = window.axe.getRules().map((r) => r.ruleId);
          const res = await window.axe.run(document, { runOnly: { type: "rule", values: rules }, resultTypes: ["violations"] });
          return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
        });
        result.violations = axe;
      }
    }
    out[file] = result;
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
