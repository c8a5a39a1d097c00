// Adds diagram interchange (shapes, edges) to a BPMN file that has none, with bpmn-auto-layout.
// Usage: node layout-bpmn.mjs model-without-layout.bpmn model.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import fs from 'fs';

const [, , input, output] = process.argv;
fs.writeFileSync(output, await layoutProcess(fs.readFileSync(input, 'utf8')));
