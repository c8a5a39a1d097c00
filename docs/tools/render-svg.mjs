// Renders each BPMN model to an SVG with bpmn-js in headless Chromium (apt-get install chromium).
// Usage: node render-svg.mjs ../../processes/petition-lifecycle.bpmn ../petition-lifecycle.svg
import { chromium } from 'playwright-core';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const [, , input, output] = process.argv;
const here = path.dirname(fileURLToPath(import.meta.url));
const viewer = fs.readFileSync(path.join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const xml = fs.readFileSync(input, 'utf8');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage();
await page.setContent('<html><body><div id="canvas" style="width:4000px;height:3000px"></div></body></html>');
await page.addScriptTag({ content: viewer });
const svg = await page.evaluate(async (diagram) => {
  const modeler = new window.BpmnJS({ container: '#canvas' });
  await modeler.importXML(diagram);
  const { svg } = await modeler.saveSVG();
  return svg;
}, xml);
fs.writeFileSync(output, svg);
await browser.close();
console.log(`wrote ${output} (${svg.length} bytes)`);
