// Open a PDF with pdf.js (the reader inside Firefox and many web tools) and print page 1's text.
// Usage: node pdfjs_open.mjs PDFJS_DIST_DIR FILE PASSWORD   (exit 2 and "WRONG PASSWORD" if it does not open)
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, file, password] = process.argv.slice(2);
const pdfjs = await import(pathToFileURL(`${dist}/legacy/build/pdf.mjs`).href);
try {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), password, isEvalSupported: false })
    .promise;
  const text = await (await doc.getPage(1)).getTextContent();
  console.log(text.items.map((item) => item.str).join(" "));
} catch (error) {
  console.log(error.name === "PasswordException" ? "WRONG PASSWORD" : `ERROR ${error.message}`);
  process.exit(2);
}
