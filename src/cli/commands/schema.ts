/** `rackwire schema`: prints the JSON Schema of design format v1, generated from the parsing schema. */
import { designJsonSchema } from '../../io/index.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program) => {
  program
    .command('schema')
    .description('print the JSON Schema of the design file format (for editor completion)')
    .option('--json', 'print one JSON object: { ok, issues, schema }')
    .action((o: { json?: boolean }) =>
      o.json
        ? printEnvelope([], { schema: designJsonSchema() })
        : printText(JSON.stringify(designJsonSchema(), null, 2)),
    );
};
