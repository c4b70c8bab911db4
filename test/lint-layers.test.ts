/** The layer rule is enforced: a lower layer importing a higher one fails lint. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.map((m) => m.ruleId));

describe('layer imports', () => {
  it('model may not import catalog', async () => {
    expect(
      await lint(
        'src/model/probe.ts',
        "import { builtinCatalog } from '../catalog/index.js';\nexport const x = builtinCatalog;\n",
      ),
    ).toContain('no-restricted-imports');
  });
  it('phy may not import perf, but perf may import phy', async () => {
    expect(
      await lint('src/phy/probe.ts', "import * as p from '../perf/index.js';\nexport const x = p;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await lint('src/perf/probe.ts', "import * as p from '../phy/index.js';\nexport const x = p;\n"),
    ).not.toContain('no-restricted-imports');
  });
  it('the cli may import every layer', async () => {
    expect(
      await lint('src/cli/probe.ts', "import * as p from '../sim/index.js';\nexport const x = p;\n"),
    ).not.toContain('no-restricted-imports');
  });
});
