/** `rackwire schema`: prints the JSON Schema of design format v1, generated from the parsing schema. */
import { designJsonSchema } from '../../io/index.js';
import { printJson } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program) => {
  program
    .command('schema')
    .description('print the JSON Schema of the design file format (for editor completion)')
    .action(() => printJson(designJsonSchema()));
};
