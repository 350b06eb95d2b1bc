/**
 * Validate content without building the bundles. With arguments, only errors in files whose
 * path contains one of them are shown: `npm run check:content -- volumes/vol-2`.
 */
import { formatError } from '../src/core/content/diagnostics';
import { compileRepoContent } from './content';

const filters = process.argv.slice(2);
const { catalog, errors } = compileRepoContent();
const shown = filters.length ? errors.filter((e) => filters.some((f) => e.file.includes(f))) : errors;
for (const e of shown) console.error(formatError(e));
const pages = Object.values(catalog.pages);
const written = pages.filter((p) => !p.html.includes('class="missing"')).length;
console.log(`${pages.length} pages (${written} with notes), ${catalog.terms.length} glossary terms; ${shown.length} error(s) shown, ${errors.length} in all`);
process.exit(shown.length ? 1 : 0);
